import { expect, test } from '@playwright/test';
import { fichierCorpus, manifesteCorpus, testsDuCorpusIgnores } from '../../../test-support/corpus.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { contexteApi, creerCompteActif, seConnecter, sessionApi } from './support/comptes.ts';
import { deposerFichier, ligneFacture, STATUT_ENVOYEE, validerEtEnvoyer } from './support/factures.ts';

// A real public Factur-X from the shared corpus (`../shared/corpus` beside the checkout), whose
// seller SIRET passes the portal's check: a new supplier registers that SIRET, then deposits it.
const FICHIER = 'facturx/invoice_EN16931.pdf';

test.describe('déposer une facture du corpus public', () => {
  test.skip(testsDuCorpusIgnores("le dépôt d'un Factur-X du corpus"), 'Corpus absent : test ignoré.');

  test('un Factur-X réel est reconnu, pré-rempli, envoyé et listé avec son montant', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const manifeste = manifesteCorpus<{
      path: string;
      expected: { invoiceNumber: string; sellerSiret: string; totalWithVat: number };
    }>();
    const attendu = manifeste.find((e) => e.path === FICHIER)?.expected;
    if (!attendu) throw new Error(`${FICHIER} absent du manifeste`);

    await test.step('Un nouveau fournisseur enregistre le SIRET du vendeur de la facture', async () => {
      const api = await contexteApi(playwright, baseURL);
      const compte = await creerCompteActif(api, 'Leon', 'Vendeur');
      const envoyer = await sessionApi(api, compte.email);
      await envoyer('/api/structures', {
        typeIdentifiant: 'SIRET',
        identifiant: attendu.sellerSiret,
        raisonSociale: 'Le Fournisseur',
        adresse: '1 rue du Corpus',
        codePostal: '75002',
        ville: 'Paris',
      });
      await seConnecter(page, compte.email);
      await page.goto('/facturation/factures-emises');
    });

    await test.step('Le dépôt reconnaît un Factur-X EN 16931 et pré-remplit la facture', async () => {
      await deposerFichier(page, 'invoice_EN16931.pdf', 'application/pdf', fichierCorpus(FICHIER));
      const fichier = page.getByRole('region', { name: 'Fichier déposé' });
      await expect(fichier).toContainText('Factur-X');
      await expect(fichier).toContainText('EN 16931');
      await expect(page.getByLabel('Numéro de facture')).toHaveValue(attendu.invoiceNumber);
      await expect(page.getByLabel('Identifiant du fournisseur')).toHaveValue(attendu.sellerSiret);
      await expect(page.getByLabel('Montant TTC')).toHaveValue(attendu.totalWithVat.toFixed(2));
      await expectNoA11yViolations(page);
    });

    await test.step('Je choisis le centre hospitalier et sa pharmacie, puis j’envoie', async () => {
      await page.getByLabel('Rechercher la structure publique destinataire').fill('Démoville');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('radio', { name: /Centre hospitalier de Démoville/ }).check();
      await page.getByRole('radio', { name: /Pharmacie centrale \(PHARMACIE\)/ }).check();
      await page.getByRole('button', { name: 'Continuer' }).click();
      await validerEtEnvoyer(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Facture déposée' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Accusé de dépôt' })).toContainText(
        /CHO-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/,
      );
    });

    await test.step('La facture figure dans les factures émises avec son montant TTC', async () => {
      await page.goto('/facturation/factures-emises');
      const ligne = ligneFacture(page, attendu.invoiceNumber);
      await expect(ligne).toContainText(STATUT_ENVOYEE);
      await expect(ligne).toContainText(attendu.totalWithVat.toFixed(2).replace('.', ','));
    });
  });
});
