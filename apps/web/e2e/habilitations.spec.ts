import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import {
  contexteApi,
  creerCompteActif,
  MOT_DE_PASSE_DEMO,
  seConnecter,
  sessionApi,
} from './support/comptes.ts';
import { AGENT_VOIRIE } from './support/cycle.ts';
import { creerStructure } from './support/structures.ts';

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Navigation principale' });
}

/** The links of the Facturation menu; none when it is absent (no espace of it is open to the user). */
async function liensFacturation(page: Page) {
  const nav = navigation(page);
  await expect(nav.getByRole('link', { name: 'Accueil' })).toBeVisible();
  const facturation = nav.getByRole('button', { name: 'Facturation' });
  if ((await facturation.count()) === 0) return [];
  await facturation.click();
  const liens = await nav.getByRole('list').getByRole('link').allTextContents();
  await page.keyboard.press('Escape');
  return liens;
}

test.describe('habilitations', () => {
  test('l’agent de la commune, habilité Factures reçues seulement, ne voit pas Factures émises', async ({
    page,
  }) => {
    test.slow(); // three pages checked with axe, on a shared machine
    await seConnecter(page, AGENT_VOIRIE, MOT_DE_PASSE_DEMO);
    const liens = await liensFacturation(page);
    expect(liens).toContain('Factures reçues');
    expect(liens).not.toContain('Factures émises');
    expect(liens).not.toContain('Suivi des flux');

    await page.goto('/facturation/factures-emises/saisir');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Vous n’avez pas l’habilitation « Factures émises »' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);

    await page.goto('/mon-compte');
    const section = page.getByRole('region', { name: 'Mes habilitations' });
    await expect(section.getByRole('list', { name: /Espaces ouverts sur Commune de Villedémo/ })).toHaveText(
      'Factures reçues',
    );
  });

  test('un utilisateur sans Factures émises la demande depuis Mon compte ; une fois approuvée, il saisit une facture', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.slow(); // two users, an approval and a request in one story
    const api = await contexteApi(playwright, baseURL);
    const gerant = await creerCompteActif(api, 'Gerard', `Gerant${Date.now()}`);
    const envoyerGerant = await sessionApi(api, gerant.email);
    const raisonSociale = `Menuiserie Habilitations ${Date.now()}`;
    const structure = await creerStructure(envoyerGerant, raisonSociale);
    const apiEmploye = await contexteApi(playwright, baseURL);
    const employe = await creerCompteActif(apiEmploye, 'Emile', `Employe${Date.now()}`);
    const envoyerEmploye = await sessionApi(apiEmploye, employe.email);
    const { id: demande } = (await envoyerEmploye('/api/demandes-rattachement', {
      structureId: structure.id,
      espaces: ['SOLLICITATIONS'],
    })) as { id: number };
    await envoyerGerant('/api/approbations/decision', { ids: [demande], decision: 'APPROUVER' });

    await test.step('Sans l’habilitation : ni lien, ni page', async () => {
      await seConnecter(page, employe.email);
      // Factures émises was the only espace of Facturation he could get: the whole menu is gone.
      expect(await liensFacturation(page)).toEqual([]);
      await page.goto('/facturation/factures-emises');
      await expect(page.getByRole('heading', { level: 1, name: 'Factures émises' })).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 2, name: 'Vous n’avez pas l’habilitation « Factures émises »' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'Saisir une facture' })).toHaveCount(0);
      await expectNoA11yViolations(page);
      await page.getByRole('link', { name: 'Mon compte, Mes habilitations' }).click();
    });

    await test.step('Il demande Factures émises dans Mes habilitations', async () => {
      const section = page.getByRole('region', { name: 'Mes habilitations' });
      await expect(section.getByRole('list', { name: `Espaces ouverts sur ${raisonSociale}` })).toHaveText(
        'Sollicitations',
      );
      await section.getByRole('checkbox', { name: 'Factures émises' }).check();
      await section.getByLabel('Commentaire').fill('Je reprends la facturation.');
      await section.getByRole('button', { name: 'Demander ces habilitations' }).click();
      await expect(page.getByText('Demande d’habilitation envoyée')).toBeVisible();
      await expect(
        section.getByText('Une demande sur cette structure attend la décision d’un gestionnaire.'),
      ).toBeVisible();
      const historique = page.getByRole('region', { name: 'Historique de mes demandes' });
      await expect(historique.getByRole('row', { name: /Habilitation.*Factures émises/ })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Le gestionnaire voit les espaces demandés et approuve', async () => {
      const gestion = await page.context().browser()?.newContext();
      const pageGerant = await gestion?.newPage();
      if (!pageGerant) throw new Error('Navigateur indisponible');
      await seConnecter(pageGerant, gerant.email);
      await pageGerant.goto('/approbations');
      const lien = pageGerant.getByRole('link', { name: /Demande d’habilitation sur .* : Factures émises/ });
      await lien.click();
      await expect(pageGerant.getByRole('main').getByText('Factures émises', { exact: true })).toBeVisible();
      await expectNoA11yViolations(pageGerant);
      await pageGerant.getByRole('button', { name: 'Approuver' }).click();
      await expect(pageGerant.getByText(/approuvée/).first()).toBeVisible();
      await gestion?.close();
    });

    await test.step('Habilité, il saisit une facture', async () => {
      await page.reload();
      expect(await liensFacturation(page)).toContain('Factures émises');
      await page.goto('/facturation/factures-emises');
      await page.getByRole('link', { name: 'Saisir une facture' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Saisir une facture/ })).toBeVisible();
    });
    await api.dispose();
    await apiEmploye.dispose();
  });
});
