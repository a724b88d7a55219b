import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { contexteApi, creerCompteActif, MOT_DE_PASSE } from './support/comptes.ts';
import {
  AGENT_VOIRIE,
  autreUtilisateur,
  deposerPourLaVoirie,
  ouvrirFactureRecue,
  rattacherAuxEcoles,
  traiter,
} from './support/cycle.ts';
import { ligneFacture, numeroUnique, ouvrirFacturesEmises } from './support/factures.ts';

/** Reloads « Factures émises » until the invoice reaches `statut` (routing runs in the background). */
async function attendreStatut(page: Page, numero: string, statut: string | RegExp): Promise<void> {
  await expect(async () => {
    await page.goto('/facturation/factures-emises');
    await expect(ligneFacture(page, numero)).toContainText(statut, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

async function ouvrirFactureEmise(page: Page, numero: string): Promise<void> {
  await page.goto('/facturation/factures-emises');
  await ligneFacture(page, numero).getByRole('link', { name: numero }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Facture ${numero}` })).toBeVisible();
}

const historique = (page: Page) => page.getByRole('region', { name: 'Historique' });

test.describe('cycle de vie d’une facture', () => {
  test.setTimeout(120_000);

  test('déposée, suspendue, complétée, mandatée puis mise en paiement ; invisible d’un autre service', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    const numero = numeroUnique('CYC');
    const api = await contexteApi(playwright, baseURL);
    const autreAgent = await creerCompteActif(api, 'Agathe', 'Écoles');
    await rattacherAuxEcoles(api, autreAgent.email);

    await test.step('Le fournisseur dépose une facture pour le service voirie de la commune', async () => {
      await ouvrirFacturesEmises(page);
      await expectNoA11yViolations(page);
      await deposerPourLaVoirie(page, numero);
    });

    await test.step('Sans intervention, la facture est mise à disposition du destinataire', async () => {
      await attendreStatut(page, numero, 'Mise à disposition du destinataire');
    });

    const agent = await autreUtilisateur(browser, AGENT_VOIRIE);

    await test.step('L’agent de la voirie la trouve dans les factures reçues', async () => {
      await agent.goto('/facturation/factures-recues');
      await expect(agent.getByRole('region', { name: 'Synthèse' })).toContainText(/à traiter/);
      await expectNoA11yViolations(agent);
      await ouvrirFactureRecue(agent, numero);
      await expect(agent.getByRole('img', { name: /Page 1 sur 1/ })).toBeVisible();
      await expect(historique(agent)).toContainText('Mise à disposition du destinataire');
      await expectNoA11yViolations(agent);
    });

    await test.step('Il la suspend : le motif est exigé', async () => {
      await agent.getByRole('region', { name: 'Traiter' }).getByRole('button', { name: 'Suspendre' }).click();
      const dialogue = agent.getByRole('dialog', { name: /^Suspendre/ });
      await dialogue.getByRole('button', { name: 'Suspendre' }).click();
      await expect(dialogue.getByText('Champ obligatoire.')).toBeVisible();
      await expectNoA11yViolations(agent);
      await dialogue.getByLabel('Motif').fill('Bon de commande manquant');
      await dialogue.getByRole('button', { name: 'Suspendre' }).click();
      await expect(agent.getByRole('status').filter({ hasText: '« Suspendue »' })).toBeVisible();
    });

    await test.step('Le fournisseur voit le motif et une notification', async () => {
      await page.goto('/');
      const cloche = page.getByRole('link', { name: /^Notifications, \d+ non lues$/ });
      await expect(cloche).not.toHaveAccessibleName('Notifications, 0 non lues');
      await cloche.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
      await expect(page.getByRole('list', { name: /Notifications/ })).toContainText(numero);
      await expectNoA11yViolations(page);
      await page.getByRole('button', { name: 'Marquer comme lues' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'marquées comme lues' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Notifications, 0 non lues' })).toBeVisible();
      await ouvrirFactureEmise(page, numero);
      await expect(page.getByText('Bon de commande manquant').first()).toBeVisible();
    });

    await test.step('Il la complète : un justificatif et un commentaire', async () => {
      const pieces = page.getByRole('region', { name: 'Pièces jointes complémentaires' });
      await pieces.getByLabel('Désignation').fill('Bon de commande');
      await pieces.getByLabel('Type de pièce jointe').selectOption('BON_DE_COMMANDE');
      await pieces.getByLabel('Fichier').setInputFiles({
        name: 'commande.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Commande n° 42.'),
      });
      await page.getByRole('button', { name: 'Ajouter la pièce jointe' }).click();
      await expect(pieces.getByRole('table', { name: 'Pièces jointes de la facture' })).toContainText(
        'Bon de commande',
      );
      await traiter(page, 'Compléter', { Commentaire: 'Voici le bon de commande.' });
      await expect(historique(page)).toContainText('Voici le bon de commande.');
    });

    await test.step('L’agent atteste le service fait, mandate, puis met en paiement', async () => {
      await agent.reload();
      await expect(historique(agent)).toContainText('Complétée');
      await traiter(agent, 'Attester le service fait');
      await traiter(agent, 'Mandater', { 'Numéro de mandat': 'M-2026-001' });
      await traiter(agent, 'Mettre à disposition du comptable');
      await traiter(agent, 'Mettre en paiement');
      await expect(historique(agent)).toContainText('Mise en paiement');
    });

    await test.step('Les deux côtés voient le même historique', async () => {
      await page.reload();
      for (const etape of [
        'Suspendue',
        'Bon de commande manquant',
        'Complétée',
        'Service fait',
        'Mandatée',
      ]) {
        await expect(historique(page)).toContainText(etape);
        await expect(historique(agent)).toContainText(etape);
      }
    });

    await test.step('Un agent d’un autre service ne la voit pas', async () => {
      const autre = await autreUtilisateur(browser, autreAgent.email, MOT_DE_PASSE);
      await autre.goto('/facturation/factures-recues');
      await autre.getByLabel('Numéro de facture').fill(numero);
      await autre.getByRole('button', { name: 'Rechercher', exact: true }).click();
      await expect(autre.getByText('Aucune facture ne correspond à ces critères.')).toBeVisible();
    });
  });

  test('mise à recycler par l’agent, recyclée vers un autre service sous le même numéro', async ({
    page,
    browser,
  }) => {
    const numero = numeroUnique('RCY');

    await test.step('Le fournisseur dépose pour la voirie ; la facture est mise à disposition', async () => {
      await ouvrirFacturesEmises(page);
      await deposerPourLaVoirie(page, numero);
      await attendreStatut(page, numero, 'Mise à disposition du destinataire');
    });

    const agent = await autreUtilisateur(browser, AGENT_VOIRIE);

    await test.step('L’agent de la voirie la met à recycler avec un motif', async () => {
      await ouvrirFactureRecue(agent, numero);
      await traiter(agent, 'Mettre à recycler', { Motif: 'Concerne le service des écoles' });
    });

    await test.step('Le fournisseur la recycle vers le service des écoles', async () => {
      await ouvrirFactureEmise(page, numero);
      await expect(page.getByText('Concerne le service des écoles').first()).toBeVisible();
      await traiter(page, 'Recycler', {
        'Identifiant (SIRET) du destinataire': '21750001600019',
        'Code service': 'ECOLES',
      });
      await expectNoA11yViolations(page);
    });

    await test.step('Elle est acheminée de nouveau, au service des écoles, sous le même numéro', async () => {
      await attendreStatut(page, numero, 'Mise à disposition du destinataire');
      await ouvrirFactureEmise(page, numero);
      await expect(historique(page)).toContainText('À recycler');
      await expect(page.getByText('ECOLES').first()).toBeVisible();
    });

    await test.step('L’agent de la voirie ne la voit plus', async () => {
      await agent.goto('/facturation/factures-recues');
      await agent.getByLabel('Numéro de facture').fill(numero);
      await agent.getByRole('button', { name: 'Rechercher', exact: true }).click();
      await expect(agent.getByText('Aucune facture ne correspond à ces critères.')).toBeVisible();
    });
  });

  test('rejetée par l’agent, le fournisseur acquitte le rejet', async ({ page, browser }) => {
    const numero = numeroUnique('REJ');

    await test.step('Le fournisseur dépose ; la facture est mise à disposition', async () => {
      await ouvrirFacturesEmises(page);
      await deposerPourLaVoirie(page, numero);
      await attendreStatut(page, numero, 'Mise à disposition du destinataire');
    });

    await test.step('L’agent la rejette avec un motif', async () => {
      const agent = await autreUtilisateur(browser, AGENT_VOIRIE);
      await ouvrirFactureRecue(agent, numero);
      await traiter(agent, 'Rejeter', { Motif: 'Facture adressée au mauvais service' });
    });

    await test.step('Le fournisseur voit le rejet et son motif, puis l’acquitte', async () => {
      await ouvrirFactureEmise(page, numero);
      await expect(page.getByText('Facture adressée au mauvais service').first()).toBeVisible();
      await traiter(page, 'Acquitter le rejet');
      await expect(page.getByText(/Rejet acquitté le/)).toBeVisible();
      await expectNoA11yViolations(page);
    });
  });
});
