import { expect, type Page, type PlaywrightWorkerArgs, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import {
  type Compte,
  contexteApi,
  creerCompteActif,
  GESTIONNAIRE_DEMO,
  MOT_DE_PASSE_DEMO,
  seConnecter,
  sessionApi,
} from './support/comptes.ts';
import { communeDeVilledemo, creerStructure } from './support/structures.ts';

/** A new account that asks to join the Commune de Villedémo (service ECOLES), through the API. */
async function demandeALaCommune(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  prenom: string,
) {
  const api = await contexteApi(playwright, baseURL);
  const demandeur = await creerCompteActif(api, prenom, `Demandeur${Date.now()}`);
  const envoyer = await sessionApi(api, demandeur.email);
  const commune = await communeDeVilledemo(api);
  const ecoles = commune.services.filter((s) => s.code === 'ECOLES').map((s) => s.id);
  await envoyer('/api/demandes-rattachement', {
    structureId: commune.id,
    serviceIds: ecoles,
    commentaire: `Bonjour, je suis ${prenom}, nouvel agent des écoles.`,
  });
  await api.dispose();
  return demandeur;
}

function ligneDe(page: Page, demandeur: Compte) {
  return page.getByRole('row', { name: new RegExp(demandeur.email.replaceAll('.', '\\.')) });
}

test.describe('approbations', () => {
  test('le gestionnaire approuve une demande depuis sa fiche ; le demandeur voit alors la structure', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const demandeur = await demandeALaCommune(playwright, baseURL, 'Amandine');

    await test.step('Le menu Approbations annonce les demandes en attente', async () => {
      await seConnecter(page, GESTIONNAIRE_DEMO, MOT_DE_PASSE_DEMO);
      const lien = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', {
        name: /^Approbations, \d+ demandes? en attente$/,
      });
      await lien.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Approbations' })).toBeVisible();
    });

    await test.step('La demande apparaît avec ses six colonnes', async () => {
      const entetes = page.getByRole('columnheader');
      for (const nom of ['État', 'Description', 'Demandeur', 'Structure', 'Service', 'Date de la demande']) {
        await expect(entetes.filter({ hasText: new RegExp(`^${nom}$`) })).toHaveCount(1);
      }
      const ligne = ligneDe(page, demandeur);
      await expect(ligne).toContainText('En attente');
      await expect(ligne).toContainText('Demande de rattachement à Commune de Villedémo (services ECOLES)');
      await expect(ligne).toContainText(`${demandeur.prenom} ${demandeur.nom}`);
      await expect(ligne).toContainText('Commune de Villedémo');
      await expect(ligne).toContainText('Service des écoles (ECOLES)');
      await expect(ligne).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      await expectNoA11yViolations(page);
    });

    await test.step('J’ouvre la demande : approbateur, commentaire et boutons de décision', async () => {
      await ligneDe(page, demandeur)
        .getByRole('link', { name: /Demande de rattachement/ })
        .click();
      await expect(
        page.getByRole('heading', { level: 1, name: /Demande de rattachement à Commune de Villedémo/ }),
      ).toBeVisible();
      const fiche = page.getByRole('region', { name: 'Demande de rattachement' });
      await expect(fiche).toContainText(`${demandeur.prenom} ${demandeur.nom}`);
      await expect(fiche).toContainText('Gaëlle Gestin (vous)');
      await expect(fiche).toContainText('Bonjour, je suis Amandine, nouvel agent des écoles.');
      await expectNoA11yViolations(page);
    });

    await test.step('J’approuve : la confirmation s’affiche et l’état change', async () => {
      await page.getByRole('button', { name: 'Approuver' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'La demande a été approuvée.' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Demande de rattachement' })).toContainText('Approuvée');
      await expect(page.getByRole('button', { name: 'Approuver' })).toHaveCount(0);
    });

    await test.step('Le demandeur, connecté, voit la Commune de Villedémo dans ses structures', async () => {
      await page.context().clearCookies();
      await seConnecter(page, demandeur.email);
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Structures', exact: true })
        .click();
      const ligne = page.getByRole('row', { name: /Commune de Villedémo/ });
      await expect(ligne).toContainText('Utilisateur');
      await expect(ligne).toContainText('Service des écoles');
    });
  });

  test('un refus exige un commentaire, transmis au demandeur', async ({ page, playwright, baseURL }) => {
    const demandeur = await demandeALaCommune(playwright, baseURL, 'Rachid');
    await seConnecter(page, GESTIONNAIRE_DEMO, MOT_DE_PASSE_DEMO);
    await page.goto('/approbations');

    await test.step('Je coche la demande et je clique sur « Refuser »', async () => {
      await ligneDe(page, demandeur).getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Refuser', exact: true }).click();
    });

    await test.step('Sans commentaire, le refus n’est pas envoyé', async () => {
      const dialogue = page.getByRole('dialog', { name: 'Refuser la demande' });
      await dialogue.getByRole('button', { name: 'Refuser' }).click();
      await expect(dialogue.getByLabel('Motif du refus')).toHaveAttribute('aria-invalid', 'true');
      await expect(
        dialogue.getByText('Indiquez le motif du refus : il sera envoyé au demandeur.').first(),
      ).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Avec un commentaire, la demande est refusée', async () => {
      const dialogue = page.getByRole('dialog', { name: 'Refuser la demande' });
      await dialogue.getByLabel('Motif du refus').fill('Le service des écoles est complet.');
      await dialogue.getByRole('button', { name: 'Refuser' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'La demande a été refusée.' })).toBeVisible();
      await expect(ligneDe(page, demandeur)).toHaveCount(0);
    });

    await test.step('Le filtre « Refusées » montre la demande refusée', async () => {
      await page.getByLabel('État').selectOption('REFUSEE');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await expect(page).toHaveURL('/approbations?etat=REFUSEE');
      await expect(ligneDe(page, demandeur)).toContainText('Refusée');
    });

    await test.step('Le demandeur voit le refus et son motif dans Mon compte', async () => {
      await page.context().clearCookies();
      await seConnecter(page, demandeur.email);
      await page.goto('/mon-compte');
      const demande = page.getByRole('row', { name: /Commune de Villedémo/ });
      await expect(demande).toContainText('Refusée');
      await expect(demande).toContainText('Le service des écoles est complet.');
    });
  });

  test('approbation par lot : cases à cocher et compteur du menu', async ({ page, playwright, baseURL }) => {
    // A structure of its own, so that the counter only counts this test's requests.
    const api = await contexteApi(playwright, baseURL);
    const gestionnaire = await creerCompteActif(api, 'Lola', 'Lot');
    const raisonSociale = `Imprimerie Lot ${Date.now()}`;
    const structure = await creerStructure(await sessionApi(api, gestionnaire.email), raisonSociale);
    const demandeurs: Compte[] = [];
    for (const prenom of ['Basile', 'Berenice']) {
      const ctx = await contexteApi(playwright, baseURL);
      const demandeur = await creerCompteActif(ctx, prenom, 'Lot');
      await (await sessionApi(ctx, demandeur.email))('/api/demandes-rattachement', {
        structureId: structure.id,
      });
      demandeurs.push(demandeur);
      await ctx.dispose();
    }
    await api.dispose();
    await seConnecter(page, gestionnaire.email);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });

    await test.step('Le menu annonce 2 demandes en attente', async () => {
      await nav.getByRole('link', { name: 'Approbations, 2 demandes en attente', exact: true }).click();
      await expect(page.getByRole('table')).toContainText(raisonSociale);
    });

    await test.step('Sans sélection, « Approuver » explique quoi faire', async () => {
      await page.getByRole('button', { name: 'Approuver' }).click();
      await expect(page.getByRole('alert')).toContainText('Sélectionnez au moins une demande');
    });

    await test.step('Je sélectionne tout et j’approuve par lot', async () => {
      await page.getByRole('checkbox', { name: 'Sélectionner toutes les demandes en attente' }).check();
      await expect(page.getByText('2 demandes sélectionnées')).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByRole('button', { name: 'Approuver' }).click();
      await expect(page.getByRole('status').filter({ hasText: '2 demandes approuvées.' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Approbations', exact: true })).toBeVisible();
      await expect(page.getByText('Aucune demande en attente.')).toBeVisible();
    });

    await test.step('Les deux demandeurs sont rattachés à la structure', async () => {
      await page.goto(`/structures/${structure.id}`);
      for (const demandeur of demandeurs) {
        await expect(page.getByRole('row', { name: new RegExp(`${demandeur.prenom} Lot`) })).toContainText(
          'Utilisateur',
        );
      }
    });
  });
});
