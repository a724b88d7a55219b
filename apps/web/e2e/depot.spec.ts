import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import {
  aujourdhui,
  COMMUNE,
  deposerFichier,
  factureCii,
  ligneFacture,
  MINISTERE,
  numeroUnique,
  ouvrirFacturesEmises,
  pdfSimple,
  SIRET_FOURNISSEUR_DEMO,
  STATUT_ENVOYEE,
  validerEtEnvoyer,
} from './support/factures.ts';

function etapeCourante(page: Page) {
  return page.getByRole('navigation', { name: 'Étapes du dépôt' }).locator('[aria-current="step"]');
}

test.describe('déposer une facture', () => {
  test('un fichier CII est pré-rempli, complété, envoyé puis listé comme déposé', async ({ page }) => {
    const numero = numeroUnique('CII');

    await test.step('La liste des factures émises propose de déposer ou de saisir une facture', async () => {
      await ouvrirFacturesEmises(page);
      await expect(page.getByRole('link', { name: 'Saisir une facture' })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Étape 1 : je choisis le cadre A1 et dépose le fichier CII', async () => {
      await page.getByRole('link', { name: 'Déposer une facture' }).click();
      await expectNoA11yViolations(page);
      await page.goBack();
      await deposerFichier(
        page,
        `${numero}.xml`,
        'application/xml',
        factureCii({ numero, acheteur: MINISTERE, engagement: 'EJ-2026-0042' }),
      );
    });

    await test.step('Étape 2 : le format et les champs pré-remplis sont affichés', async () => {
      await expect(etapeCourante(page)).toContainText('Vérification des données');
      await expect(
        page.getByText(/a été déposé \(format XML CII \(UN\/CEFACT\), profil EN 16931\)/),
      ).toBeVisible();
      const fichier = page.getByRole('region', { name: 'Fichier déposé' });
      await expect(fichier).toContainText('XML CII (UN/CEFACT)');
      await expect(fichier).toContainText('EN 16931');
      await expect(page.getByLabel('Numéro de facture')).toHaveValue(numero);
      await expect(page.getByLabel('Identifiant du fournisseur')).toHaveValue(SIRET_FOURNISSEUR_DEMO);
      await expect(page.getByRole('radio', { name: new RegExp(MINISTERE.nom) })).toBeChecked();
      await expect(page.getByRole('textbox', { name: 'Numéro d’engagement' })).toHaveValue('EJ-2026-0042');
      await expect(page.getByLabel('Montant TTC')).toHaveValue('540.00');
      await expect(page.getByRole('group', { name: 'Taux de TVA n° 1' }).getByLabel('Base HT')).toHaveValue(
        '450.00',
      );
      await expectNoA11yViolations(page);
    });

    await test.step('Je choisis le service des achats, qui exige un numéro d’engagement, et continue', async () => {
      const services = page.getByRole('group', { name: /Service destinataire/ });
      await services.getByRole('radio', { name: /Secrétariat général — achats \(SG-ACHATS\)/ }).check();
      await expect(page.getByRole('textbox', { name: 'Numéro d’engagement' })).toHaveAttribute(
        'aria-required',
        'true',
      );
      await page.getByRole('button', { name: 'Continuer' }).click();
      await expect(etapeCourante(page)).toContainText('Pièces jointes et envoi');
      await expect(page.getByText('moins de 10 Mo par fichier', { exact: false })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Étape 3 : j’ajoute une pièce jointe, puis je valide et envoie', async () => {
      const pieces = page.getByRole('region', { name: 'Pièces jointes complémentaires' });
      await pieces.getByLabel('Désignation').fill('Bon de livraison');
      await pieces.getByLabel('Type de pièce jointe').selectOption('BON_DE_LIVRAISON');
      await pieces.getByLabel('Fichier').setInputFiles({
        name: 'livraison.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Livré le jour même.'),
      });
      await page.getByRole('button', { name: 'Ajouter la pièce jointe' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'La pièce jointe « livraison.txt » a été ajoutée.' }),
      ).toBeVisible();
      await expect(page.getByRole('table', { name: 'Pièces jointes de la facture' })).toContainText(
        'Bon de livraison',
      );
      await validerEtEnvoyer(page);
    });

    await test.step('La confirmation donne le numéro portail, la date de dépôt et l’empreinte', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Facture déposée' })).toBeVisible();
      const accuse = page.getByRole('region', { name: 'Accusé de dépôt' });
      await expect(accuse).toContainText(/CHO-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
      await expect(accuse).toContainText(numero);
      await expect(accuse).toContainText('540,00');
      await expect(accuse).toContainText(/[0-9a-f]{64}/);
      await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('La facture figure dans les factures émises, déposée, avec le bon montant TTC', async () => {
      await page.getByRole('link', { name: 'Retour aux factures émises' }).click();
      const ligne = ligneFacture(page, numero);
      await expect(ligne).toContainText(STATUT_ENVOYEE);
      await expect(ligne).toContainText('540,00');
      await expect(ligne).toContainText(MINISTERE.nom);
      await expect(ligne).toContainText(/CHO-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    });

    await test.step('Le détail montre les données, les documents et l’historique', async () => {
      await ligneFacture(page, numero).getByRole('link', { name: numero }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Facture ${numero}` })).toBeVisible();
      const documents = page.getByRole('region', { name: 'Documents' });
      await expect(documents.getByRole('link', { name: `Télécharger ${numero}.xml` })).toBeVisible();
      await expect(documents.getByRole('link', { name: 'Télécharger livraison.txt' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Déposée');
      await expectNoA11yViolations(page);
    });
  });

  test('un PDF simple : champs saisis à côté de l’aperçu, brouillon enregistré, repris puis envoyé', async ({
    page,
  }) => {
    const numero = numeroUnique('PDF');

    await test.step('Je dépose un PDF sans données : son aperçu s’affiche à côté du formulaire vide', async () => {
      await ouvrirFacturesEmises(page);
      await deposerFichier(page, `${numero}.pdf`, 'application/pdf', pdfSimple(`Facture ${numero}`));
      await expect(page.getByRole('region', { name: 'Fichier déposé' })).toContainText(
        'PDF simple, sans données structurées',
      );
      await expect(page.locator(`iframe[title="Aperçu du PDF « ${numero}.pdf »"]`)).toBeVisible();
      await expect(page.getByLabel('Numéro de facture')).toHaveValue('');
      await expectNoA11yViolations(page);
    });

    await test.step('Je saisis les données et j’enregistre le brouillon', async () => {
      await page.getByLabel('Numéro de facture').fill(numero);
      await page.getByLabel('Date de facture').fill(aujourdhui());
      await page.getByLabel('Rechercher la structure publique destinataire').fill('Démoville');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('radio', { name: /Centre hospitalier de Démoville/ }).check();
      await page.getByRole('radio', { name: /Pharmacie centrale \(PHARMACIE\)/ }).check();
      const tva = page.getByRole('group', { name: 'Taux de TVA n° 1' });
      await tva.getByLabel('Taux (%)').fill('20');
      await tva.getByLabel('Base HT').fill('100.00');
      await tva.getByLabel('TVA', { exact: true }).fill('20.00');
      await page.getByLabel('Montant HT').fill('100.00');
      await page.getByLabel('Montant de TVA').fill('20.00');
      await page.getByLabel('Montant TTC').fill('120.00');
      await page.getByLabel('Montant à payer').fill('120.00');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Le brouillon a été enregistré.' }),
      ).toBeVisible();
    });

    await test.step('Je quitte la page : le brouillon figure dans la liste et je le reprends', async () => {
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('button', { name: 'Facturation' })
        .click();
      await page.getByRole('link', { name: 'Factures émises', exact: true }).click();
      const ligne = ligneFacture(page, numero);
      await expect(ligne).toContainText('Brouillon');
      await expect(ligne).toContainText('120,00');
      await ligne.getByRole('link', { name: numero }).click();
      await expect(page.getByLabel('Numéro de facture')).toHaveValue(numero);
      await expect(page.getByRole('radio', { name: /Pharmacie centrale/ })).toBeChecked();
      await expect(page.getByLabel('Montant TTC')).toHaveValue('120.00');
    });

    await test.step('Je continue et j’envoie : la facture est déposée', async () => {
      await page.getByRole('button', { name: 'Continuer' }).click();
      await expect(etapeCourante(page)).toContainText('Pièces jointes et envoi');
      await validerEtEnvoyer(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Facture déposée' })).toBeVisible();
      await page.getByRole('link', { name: 'Retour aux factures émises' }).click();
      await expect(ligneFacture(page, numero)).toContainText(STATUT_ENVOYEE);
    });
  });

  test('un refus du portail s’affiche à côté du champ concerné et rien n’est déposé', async ({ page }) => {
    const numero = numeroUnique('REF');

    await test.step('Je dépose une facture pour la Commune de Villedémo, sans code service', async () => {
      await ouvrirFacturesEmises(page);
      await deposerFichier(
        page,
        `${numero}.xml`,
        'application/xml',
        factureCii({ numero, acheteur: COMMUNE }),
      );
      await expect(page.getByRole('radio', { name: new RegExp(COMMUNE.nom) })).toBeChecked();
      const services = page.getByRole('group', { name: /Service destinataire/ });
      await expect(services).toContainText('Commune de Villedémo exige un code service.');
      await expect(services.getByRole('radio', { name: /ANCIEN-CCAS/ })).toBeDisabled();
      await page.getByRole('button', { name: 'Continuer' }).click();
      await validerEtEnvoyer(page);
    });

    await test.step('Le refus est annoncé et montré sur le champ du service', async () => {
      await expect(page.getByRole('heading', { name: 'Le formulaire contient une erreur' })).toBeVisible();
      await expect(etapeCourante(page)).toContainText('Vérification des données');
      const lien = page.getByRole('link', {
        name: /^Service destinataire : La structure destinataire exige un code service\./,
      });
      await expect(lien).toBeVisible();
      await expect(page.getByRole('group', { name: /Service destinataire/ })).toHaveAccessibleDescription(
        /La structure destinataire exige un code service\./,
      );
      await lien.click();
      await expect(page.getByRole('radio', { name: 'Aucun service' })).toBeFocused();
      await expectNoA11yViolations(page);
    });

    await test.step('Rien n’est déposé : la facture reste un brouillon, que je supprime', async () => {
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('button', { name: 'Facturation' })
        .click();
      await page.getByRole('link', { name: 'Factures émises', exact: true }).click();
      const ligne = ligneFacture(page, numero);
      await expect(ligne).toContainText('Brouillon');
      await expect(ligne).not.toContainText(/CHO-/);
      await ligne.getByRole('link', { name: numero }).click();
      await page.getByRole('button', { name: 'Supprimer le brouillon' }).click();
      await page
        .getByRole('alertdialog', { name: 'Supprimer le brouillon ?' })
        .getByRole('button', { name: 'Supprimer le brouillon' })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Factures émises' })).toBeVisible();
      await expect(page.getByText(`Le brouillon n° ${numero} a été supprimé.`)).toBeVisible();
      await expect(ligneFacture(page, numero)).toHaveCount(0);
    });
  });
});
