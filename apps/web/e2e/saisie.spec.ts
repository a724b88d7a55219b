import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import {
  aujourdhui,
  COMMUNE,
  ligneFacture,
  numeroUnique,
  ouvrirFacturesEmises,
  STATUT_ENVOYEE,
  validerEtEnvoyer,
} from './support/factures.ts';

test.describe('saisir une facture', () => {
  test('deux lignes à deux taux de TVA : totaux calculés en direct, envoi, facture listée', async ({
    page,
  }) => {
    const numero = numeroUnique('SAI');

    await test.step('J’ouvre « Saisir une facture » depuis les factures émises', async () => {
      await ouvrirFacturesEmises(page);
      await page.getByRole('link', { name: 'Saisir une facture' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Saisir une facture' })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Je renseigne l’en-tête et choisis la Commune de Villedémo et son service des écoles', async () => {
      await page.getByLabel('Numéro de facture').fill(numero);
      await page.getByLabel('Date de facture').fill(aujourdhui());
      await page.getByLabel('Rechercher la structure publique destinataire').fill('Villedémo');
      await page.getByLabel('Rechercher la structure publique destinataire').press('Enter');
      await expect(page.getByText('1 structure publique trouvée.')).toBeVisible();
      await page.getByRole('radio', { name: new RegExp(COMMUNE.nom) }).check();
      const services = page.getByRole('group', { name: /Service destinataire/ });
      await expect(services.getByRole('radio', { name: /Ancien CCAS/ })).toBeDisabled();
      await services.getByRole('radio', { name: /Service des écoles \(ECOLES\)/ }).check();
    });

    await test.step('Première ligne à 20 % : une quantité invalide est signalée, puis le montant se calcule', async () => {
      const ligne = page.getByRole('group', { name: 'Ligne 1' });
      await ligne.getByLabel('Désignation').fill('Cahiers grand format');
      await ligne.getByLabel('Quantité').fill('dix');
      await ligne.getByLabel('Quantité').blur();
      await expect(ligne.getByLabel('Quantité')).toHaveAttribute('aria-invalid', 'true');
      await expect(ligne.getByLabel('Quantité')).toHaveAccessibleDescription(/Nombre attendu/);
      await ligne.getByLabel('Quantité').fill('10');
      await ligne.getByLabel('Prix unitaire HT').fill('2.50');
      await expect(ligne.getByLabel('Taux de TVA (%)')).toHaveValue('20');
      await expect(ligne).toContainText(/Montant HT de la ligne 1 : 25,00\s€/);
    });

    await test.step('Deuxième ligne à 5,5 % avec une remise : le récapitulatif et les totaux suivent', async () => {
      await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
      const ligne = page.getByRole('group', { name: 'Ligne 2' });
      await expect(ligne.getByLabel('Désignation')).toBeFocused();
      await ligne.getByLabel('Désignation').fill('Manuels scolaires');
      await ligne.getByLabel('Quantité').fill('3');
      await ligne.getByLabel('Prix unitaire HT').fill('12.00');
      await ligne.getByLabel('Remise HT').fill('1.00');
      await ligne.getByLabel('Taux de TVA (%)').selectOption('5.5');
      const recapitulatif = page.getByRole('table', { name: 'Récapitulatif de TVA par taux' });
      await expect(recapitulatif.getByRole('row', { name: /^20 %/ })).toContainText(/25,00\s€\s*5,00\s€/);
      await expect(recapitulatif.getByRole('row', { name: /^5,5 %/ })).toContainText(/35,00\s€\s*1,93\s€/);
      const totaux = page.getByRole('region', { name: 'Récapitulatif de TVA et totaux' });
      await expect(totaux).toContainText(/Total HT\s*60,00\s€/);
      await expect(totaux).toContainText(/Total TVA\s*6,93\s€/);
      await expect(totaux).toContainText(/Total TTC\s*66,93\s€/);
    });

    await test.step('Une ligne ajoutée par erreur se supprime', async () => {
      await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
      await expect(page.getByRole('group', { name: 'Ligne 3' })).toBeVisible();
      await page.getByRole('button', { name: 'Supprimer la ligne 3' }).click();
      await expect(page.getByRole('group', { name: 'Ligne 3' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Ajouter une ligne' })).toBeFocused();
      await expectNoA11yViolations(page);
    });

    await test.step('Je valide et envoie : l’accusé de dépôt reprend le montant calculé', async () => {
      await validerEtEnvoyer(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Facture déposée' })).toBeVisible();
      const accuse = page.getByRole('region', { name: 'Accusé de dépôt' });
      await expect(accuse).toContainText(/CHO-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
      await expect(accuse).toContainText(/66,93\s€/);
      await expect(accuse).toContainText('service ECOLES');
    });

    await test.step('La facture est listée comme déposée, et le portail en a produit le Factur-X', async () => {
      await page.getByRole('link', { name: 'Retour aux factures émises' }).click();
      const ligne = ligneFacture(page, numero);
      await expect(ligne).toContainText(STATUT_ENVOYEE);
      await expect(ligne).toContainText(/66,93\s€/);
      await ligne.getByRole('link', { name: numero }).click();
      await expect(page.getByRole('region', { name: 'Documents' })).toContainText('Facture Factur-X générée');
      await expect(page.getByRole('table', { name: 'Lignes de la facture' })).toContainText(
        'Manuels scolaires',
      );
    });
  });
});
