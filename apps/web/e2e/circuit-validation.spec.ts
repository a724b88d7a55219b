import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { contexteApi, creerCompteActif, MOT_DE_PASSE, seConnecter, sessionApi } from './support/comptes.ts';
import { autreUtilisateur, saisirPourLaVoirie } from './support/cycle.ts';
import { ligneFacture, numeroUnique, ouvrirFacturesEmises, validerEtEnvoyer } from './support/factures.ts';
import { siretUnique } from './support/luhn.ts';

/** The demo supplier, as a subcontractor, enters an A9 for the commune's VOIRIE naming its valideur. */
async function deposerA9(page: Page, numero: string, valideur: string): Promise<void> {
  await page.goto('/facturation/factures-emises');
  await page.getByRole('link', { name: 'Saisir une facture' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saisir une facture' })).toBeVisible();
  await page.getByLabel('Cadre de facturation').selectOption('A9');
  const section = page.getByRole('group', { name: 'Valideur' });
  await expect(section).toContainText('Le titulaire du marché valide votre facture');
  await section.getByLabel(/Identifiant \(SIRET\) du valideur/).fill(valideur);
  await saisirPourLaVoirie(page, numero, {
    designation: 'Terrassement sous-traité',
    quantite: '2',
    prix: '350.00',
  });
  await validerEtEnvoyer(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Facture déposée' })).toBeVisible();
  await expect(page.getByText(/Elle attend la validation de Titulaire BTP/)).toBeVisible();
}

test.describe('circuit de validation des factures de sous-traitant', () => {
  test.setTimeout(120_000);

  test('le titulaire refuse une facture avec un motif codé, en valide une autre depuis la liste', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    const api = await contexteApi(playwright, baseURL);
    const titulaire = await creerCompteActif(api, 'Tiphaine', 'Titulaire');
    const envoyer = await sessionApi(api, titulaire.email);
    const siret = siretUnique();
    await envoyer('/api/structures', {
      typeIdentifiant: 'SIRET',
      identifiant: siret,
      raisonSociale: `Titulaire BTP ${Date.now()}`,
      adresse: '3 rue du Chantier',
      codePostal: '75012',
      ville: 'Paris',
    });
    const refusee = numeroUnique('A9R');
    const validee = numeroUnique('A9V');

    await test.step('Le sous-traitant dépose deux factures A9 nommant le titulaire', async () => {
      await ouvrirFacturesEmises(page);
      await deposerA9(page, refusee, siret);
      await deposerA9(page, validee, siret);
      await page.goto('/facturation/factures-emises');
      await expect(ligneFacture(page, refusee)).toContainText('À valider');
    });

    const valideur = await autreUtilisateur(browser, titulaire.email, MOT_DE_PASSE);

    await test.step('Le titulaire les trouve dans Factures à valider', async () => {
      await valideur.getByRole('button', { name: 'Facturation' }).click();
      await valideur.getByRole('link', { name: 'Factures à valider' }).click();
      await expect(valideur.getByRole('heading', { level: 1, name: 'Factures à valider' })).toBeVisible();
      await expect(valideur.getByRole('region', { name: 'Synthèse' })).toContainText('À valider');
      await expectNoA11yViolations(valideur);
    });

    await test.step('Il refuse la première avec un motif de la liste', async () => {
      await valideur
        .getByRole('table', { name: /Factures à valider par/ })
        .getByRole('link', { name: refusee })
        .click();
      await expect(valideur.getByRole('heading', { level: 1, name: `Facture ${refusee}` })).toBeVisible();
      await valideur
        .getByRole('region', { name: 'Traiter' })
        .getByRole('button', { name: 'Refuser' })
        .click();
      const dialogue = valideur.getByRole('dialog', { name: /^Refuser/ });
      await dialogue.getByRole('button', { name: 'Refuser', exact: true }).click();
      await expect(dialogue.getByLabel(/Motif du refus/)).toHaveAccessibleDescription(/Champ obligatoire/);
      await dialogue.getByLabel(/Motif du refus/).selectOption({ label: 'Facture déjà présentée' });
      await expectNoA11yViolations(valideur);
      await dialogue.getByRole('button', { name: 'Refuser', exact: true }).click();
      await expect(valideur.getByRole('status').filter({ hasText: 'Refusée par le valideur' })).toBeVisible();
    });

    await test.step('Il valide la seconde depuis la liste', async () => {
      await valideur.getByRole('link', { name: 'Retour aux factures à valider' }).click();
      const tableau = valideur.getByRole('table', { name: /Factures à valider par/ });
      await tableau
        .getByRole('row', { name: new RegExp(validee) })
        .getByRole('checkbox')
        .check();
      const selection = valideur.getByRole('region', { name: 'Traiter la sélection' });
      await selection.getByLabel('Action').selectOption({ label: 'Valider' });
      await selection.getByRole('button', { name: 'Traiter' }).click();
      await expect(selection).toContainText('1 facture traitée sur 1');
    });

    await test.step('Le sous-traitant voit le refus et son motif ; l’autre part au destinataire', async () => {
      await expect(async () => {
        await page.goto('/facturation/factures-emises');
        await expect(ligneFacture(page, refusee)).toContainText('Refusée par le valideur', {
          timeout: 1_000,
        });
        await expect(ligneFacture(page, validee)).toContainText('Mise à disposition du destinataire', {
          timeout: 1_000,
        });
      }).toPass({ timeout: 20_000 });
      await ligneFacture(page, refusee).getByRole('link', { name: refusee }).click();
      await expect(
        page.getByRole('paragraph').filter({ hasText: 'Motif : Facture déjà présentée' }),
      ).toBeVisible();
    });
  });
});

test('le titulaire sans structure voit comment être rattaché', async ({ page, playwright, baseURL }) => {
  const api = await contexteApi(playwright, baseURL);
  const compte = await creerCompteActif(api, 'Valentin', 'Valideur');
  await seConnecter(page, compte.email);
  await page.goto('/facturation/factures-a-valider');
  await expect(page.getByRole('heading', { level: 2, name: /aucune structure/ })).toBeVisible();
});
