import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { contexteApi, creerCompteActif, seConnecter, sessionApi } from './support/comptes.ts';
import { creerStructure } from './support/structures.ts';

/** The value shown once in the success message, next to its label. */
async function valeurAffichee(page: import('@playwright/test').Page, libelle: string): Promise<string> {
  const message = page.getByRole('status').filter({ hasText: 'il ne sera plus jamais affiché' });
  const texte = await message
    .locator('dt', { hasText: libelle })
    .locator('xpath=following-sibling::dd')
    .textContent();
  return (texte ?? '').trim();
}

test('le gestionnaire principal raccorde un ERP : application API, compte technique, premier appel', async ({
  page,
  playwright,
  baseURL,
  request,
}) => {
  // Several argon2 hashes (accounts, secret, password) on a shared 2-core machine.
  test.setTimeout(90_000);
  const api = await contexteApi(playwright, baseURL);
  const gestionnaire = await creerCompteActif(api, 'Rachel', 'Raccord');
  const structure = await creerStructure(
    await sessionApi(api, gestionnaire.email),
    `ERP Essai ${Date.now()}`,
  );
  await seConnecter(page, gestionnaire.email);
  await page.goto(`/structures/${structure.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Raccordements API' })).toBeVisible();
  let clientId = '';
  let clientSecret = '';
  let login = '';
  let motDePasse = '';

  await test.step('Je crée l’application API : son secret est affiché une seule fois', async () => {
    await expect(page.getByText('Aucune application API.')).toBeVisible();
    await page.getByRole('button', { name: 'Créer l’application API' }).click();
    clientId = await valeurAffichee(page, 'Identifiant client (client_id)');
    clientSecret = await valeurAffichee(page, 'Secret (client_secret)');
    expect(clientSecret.length).toBeGreaterThan(20);
    await expect(page.getByRole('button', { name: 'Régénérer le secret' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('Je crée un compte technique limité aux factures émises', async () => {
    await page.getByRole('button', { name: 'Créer un compte technique' }).click();
    const dialogue = page.getByRole('dialog', { name: 'Créer un compte technique' });
    await expect(dialogue.getByRole('checkbox', { name: 'Factures émises' })).toBeChecked();
    await expectNoA11yViolations(page);
    await dialogue.getByRole('button', { name: 'Créer le compte technique' }).click();
    login = await valeurAffichee(page, 'Login');
    motDePasse = await valeurAffichee(page, 'Mot de passe');
    const ligne = page
      .getByRole('table', { name: /Comptes techniques/ })
      .getByRole('row', { name: new RegExp(login) });
    await expect(ligne).toContainText('Factures émises');
    await expect(ligne).toContainText('Jamais');
    await expectNoA11yViolations(page);
  });

  await test.step('L’ERP obtient un jeton et appelle l’API ; la dernière utilisation s’affiche', async () => {
    const jeton = await request.post('/api/oauth/token', {
      form: {
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
        scope: 'openid',
      },
    });
    expect(jeton.status()).toBe(200);
    const { access_token } = (await jeton.json()) as { access_token: string };
    const appel = await request.post('/cpro/utilisateurs/v1/monCompte/recuperer/rattachements', {
      headers: {
        Authorization: `Bearer ${access_token}`,
        'cpro-account': Buffer.from(`${login}:${motDePasse}`).toString('base64'),
      },
      data: {},
    });
    expect(appel.status()).toBe(200);
    await page.reload();
    const ligne = page
      .getByRole('table', { name: /Comptes techniques/ })
      .getByRole('row', { name: new RegExp(login) });
    await expect(ligne).not.toContainText('Jamais');
  });

  await test.step('Je désactive le compte technique', async () => {
    await page.getByRole('button', { name: `Désactiver ${login}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Désactiver' }).click();
    const ligne = page
      .getByRole('table', { name: /Comptes techniques/ })
      .getByRole('row', { name: new RegExp(login) });
    await expect(ligne).toContainText('Désactivé');
    await expect(page.getByRole('button', { name: `Réactiver ${login}` })).toBeVisible();
  });
});
