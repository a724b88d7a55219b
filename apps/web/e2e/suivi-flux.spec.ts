import { expect, type Page, test } from '@playwright/test';
import { ciiFlux, type PartiesFlux, tarGzFlux } from '../../../test-support/factures-flux.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { MOT_DE_PASSE_DEMO, seConnecter } from './support/comptes.ts';
import { COMMUNE, FOURNISSEUR_DEMO, numeroUnique, SIRET_FOURNISSEUR_DEMO } from './support/factures.ts';

/** The demo supplier's invoice to the Commune de Villedémo's VOIRIE service, or to an unknown recipient. */
function facture(numero: string, siretDestinataire = COMMUNE.siret): PartiesFlux {
  return { siretFournisseur: SIRET_FOURNISSEUR_DEMO, siretDestinataire, codeService: 'VOIRIE', numero };
}

function ligneFlux(page: Page, numero: string) {
  return page
    .getByRole('table', { name: /Flux déposés pour/ })
    .getByRole('row', { name: new RegExp(numero) });
}

/**
 * The page holds in the viewport's width: no element reaches past it, except inside a box that
 * scrolls on its own (a wide table). Fails naming the elements that do.
 */
async function expectSansDefilementHorizontal(page: Page): Promise<void> {
  const debordants = await page.evaluate(() => {
    const largeur = document.documentElement.clientWidth;
    const defile = (el: Element | null): boolean =>
      el !== null &&
      el !== document.body &&
      (getComputedStyle(el).overflowX !== 'visible' || defile(el.parentElement));
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > largeur + 1 && !defile(el.parentElement))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} « ${el.textContent?.slice(0, 40)} »`);
  });
  expect(debordants).toEqual([]);
}

test('le fournisseur dépose un lot .tar.gz, le suit jusqu’à « Intégré partiellement », lit le rejet et ouvre la facture intégrée', async ({
  page,
}) => {
  // Upload, integration by the worker, and several axe runs on a shared 2-core machine.
  test.setTimeout(90_000);
  const valide = numeroUnique('FLX');
  const invalide = numeroUnique('FLXKO');
  const lot = await tarGzFlux([
    { nom: `${valide}.xml`, octets: ciiFlux(facture(valide)) },
    { nom: `${invalide}.xml`, octets: ciiFlux(facture(invalide, '00000000000000')) },
  ]);
  let numeroFlux = '';

  await test.step('J’ouvre « Suivi des flux » depuis le menu Facturation', async () => {
    await seConnecter(page, FOURNISSEUR_DEMO, MOT_DE_PASSE_DEMO);
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('button', { name: 'Facturation' })
      .click();
    await page.getByRole('link', { name: 'Suivi des flux' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Suivi des flux' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Flux de Papeterie Démo SARL' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('Un envoi sans syntaxe est refusé à côté du champ', async () => {
    await page.getByRole('button', { name: 'Déposer le flux' }).click();
    await expect(
      page.getByRole('link', { name: 'Syntaxe du flux : Choisissez la syntaxe du flux.' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Fichier du flux : Choisissez le fichier du flux.' }),
    ).toBeVisible();
  });

  await test.step('Je dépose le lot en CII 16B : son numéro de flux s’affiche', async () => {
    await page.getByLabel('Syntaxe du flux').selectOption({ label: 'Flux structuré (E1) — CII 16B' });
    await page
      .getByLabel('Fichier du flux')
      .setInputFiles({ name: `lot-${valide}.tar.gz`, mimeType: 'application/gzip', buffer: lot });
    await page.getByRole('button', { name: 'Déposer le flux' }).click();
    const confirmation = page
      .getByRole('status')
      .filter({ hasText: `Le flux « lot-${valide}.tar.gz » a été déposé` });
    await expect(confirmation).toBeVisible();
    numeroFlux = /CPP\d{22}/.exec((await confirmation.textContent()) ?? '')?.[0] ?? '';
    expect(numeroFlux).toMatch(/^CPP\d{22}$/);
  });

  await test.step('La liste se met à jour jusqu’à « Intégré partiellement » : 1 facture intégrée, 1 rejetée', async () => {
    const ligne = ligneFlux(page, numeroFlux);
    await expect(ligne).toContainText(`lot-${valide}.tar.gz`);
    await expect(ligne).toContainText('Flux structuré (E1) — CII 16B');
    await expect(ligne.getByText('Intégré partiellement')).toBeVisible({ timeout: 30_000 });
    await expect(ligne).toContainText('1 intégrée');
    await expect(ligne).toContainText('1 rejetée');
    await expect(page.getByText(/en cours d’intégration/)).toHaveCount(0);
    await expect(
      ligne.getByRole('link', { name: `Compte rendu (PDF) du flux ${numeroFlux}` }),
    ).toHaveAttribute('href', /\/api\/flux\/\d+\/compte-rendu$/);
    await expectNoA11yViolations(page);
  });

  await test.step('Le filtre par état retrouve le flux', async () => {
    await page.getByLabel('État du flux').selectOption({ label: 'Intégré partiellement' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/etat=IN_INTEGRE_PARTIEL/);
    await expect(ligneFlux(page, numeroFlux)).toBeVisible();
    await page.getByLabel('État du flux').selectOption({ label: 'Rejeté' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(ligneFlux(page, numeroFlux)).toHaveCount(0);
  });

  await test.step('Le détail du flux explique en français le rejet de la facture invalide', async () => {
    await page.getByLabel('État du flux').selectOption({ label: 'Tous les états' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await ligneFlux(page, numeroFlux).getByRole('link', { name: numeroFlux, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Flux ${numeroFlux}` })).toBeVisible();
    const rejetees = page.getByRole('table', { name: `Factures rejetées du flux ${numeroFlux}` });
    const rejet = rejetees.getByRole('row', { name: new RegExp(invalide) });
    await expect(rejet).toContainText(
      `${invalide}.xml : Choisissez la structure publique destinataire de la facture.`,
    );
    await expect(page.getByRole('link', { name: 'Compte rendu (PDF)' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('Le lien de la facture intégrée mène à la facture, qui renvoie à son flux', async () => {
    await page
      .getByRole('table', { name: `Factures intégrées du flux ${numeroFlux}` })
      .getByRole('link', { name: valide })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: `Facture ${valide}` })).toBeVisible();
    await expect(page.getByRole('link', { name: numeroFlux })).toHaveAttribute(
      'href',
      /\/facturation\/suivi-des-flux\/\d+$/,
    );
  });

  await test.step('À 390 px de large, la page se lit sans défilement horizontal et le dépôt reste utilisable', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/facturation/suivi-des-flux');
    await expect(page.getByRole('heading', { level: 1, name: 'Suivi des flux' })).toBeVisible();
    await expect(ligneFlux(page, numeroFlux)).toBeVisible();
    await page.getByRole('button', { name: 'Déposer le flux' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Déposer le flux' })).toBeInViewport();
    await expectSansDefilementHorizontal(page);
    await expectNoA11yViolations(page);
    await ligneFlux(page, numeroFlux).getByRole('link', { name: numeroFlux, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Flux ${numeroFlux}` })).toBeVisible();
    await expectSansDefilementHorizontal(page);
    await expectNoA11yViolations(page);
  });
});
