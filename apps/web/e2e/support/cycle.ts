import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { MOT_DE_PASSE_DEMO, seConnecter } from './comptes.ts';
import { aujourdhui, COMMUNE, validerEtEnvoyer } from './factures.ts';
import { communeDeVilledemo } from './structures.ts';

export const AGENT_VOIRIE = 'agent@demo.choral.test';

/**
 * The demo supplier enters an invoice by hand for Commune de Villedémo, service VOIRIE, and
 * sends it: the portal generates its Factur-X PDF.
 */
export async function deposerPourLaVoirie(page: Page, numero: string): Promise<void> {
  await page.getByRole('link', { name: 'Saisir une facture' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saisir une facture' })).toBeVisible();
  await page.getByLabel('Numéro de facture').fill(numero);
  await expect(page.getByLabel('Numéro de facture')).toHaveValue(numero);
  await page.getByLabel('Date de facture').fill(aujourdhui());
  await page.getByLabel('Rechercher la structure publique destinataire').fill('Villedémo');
  await page.getByLabel('Rechercher la structure publique destinataire').press('Enter');
  await page.getByRole('radio', { name: new RegExp(COMMUNE.nom) }).check();
  await page
    .getByRole('group', { name: /Service destinataire/ })
    .getByRole('radio', { name: /Service voirie et espaces verts \(VOIRIE\)/ })
    .check();
  const ligne = page.getByRole('group', { name: 'Ligne 1' });
  await ligne.getByLabel('Désignation').fill('Entretien des espaces verts');
  await ligne.getByLabel('Quantité').fill('4');
  await ligne.getByLabel('Prix unitaire HT').fill('150.00');
  await validerEtEnvoyer(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Facture déposée' })).toBeVisible();
}

/** A second browser window signed in as `email` (the demo password unless given). */
export async function autreUtilisateur(browser: Browser, email: string, motDePasse = MOT_DE_PASSE_DEMO) {
  const contexte = await browser.newContext();
  const page = await contexte.newPage();
  await seConnecter(page, email, motDePasse);
  return page;
}

/** Opens « Factures reçues » and the invoice found by its number. */
export async function ouvrirFactureRecue(page: Page, numero: string): Promise<void> {
  await page.goto('/facturation/factures-recues');
  await expect(page.getByRole('heading', { level: 1, name: 'Factures reçues' })).toBeVisible();
  await page.getByLabel('Numéro de facture').fill(numero);
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await page
    .getByRole('table', { name: /Factures reçues par/ })
    .getByRole('link', { name: numero })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Facture ${numero}` })).toBeVisible();
}

/** « Traiter »: the action's button, then its dialog (fields filled by label) confirmed. */
export async function traiter(page: Page, action: string, champs: Record<string, string> = {}) {
  await page
    .getByRole('region', { name: 'Traiter' })
    .getByRole('button', { name: action, exact: true })
    .click();
  const dialogue = page.getByRole('dialog', { name: new RegExp(`^${action}`) });
  for (const [label, valeur] of Object.entries(champs)) await dialogue.getByLabel(label).fill(valeur);
  await dialogue.getByRole('button', { name: action, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Action « ${action} » effectuée` })).toBeVisible();
}

/** Attaches an account to Commune de Villedémo, service ECOLES only, habilitated for Factures reçues. */
export async function rattacherAuxEcoles(request: APIRequestContext, email: string): Promise<void> {
  const connexion = await request.post('/api/session', {
    headers: { 'X-CSRF-Token': 'anonyme' },
    data: { email: 'gestionnaire@demo.choral.test', motDePasse: MOT_DE_PASSE_DEMO },
  });
  const { jetonCsrf } = (await connexion.json()) as { jetonCsrf: string };
  const commune = await communeDeVilledemo(request);
  const ecoles = commune.services.find((s) => s.code === 'ECOLES');
  if (!ecoles) throw new Error('Service ECOLES absent des données de démonstration.');
  const reponse = await request.post(`/api/structures/${commune.id}/utilisateurs`, {
    headers: { 'X-CSRF-Token': jetonCsrf },
    data: { email, serviceIds: [ecoles.id] },
  });
  expect(reponse.status(), await reponse.text()).toBe(204);
  // Then the habilitation an agent of the commune needs to see its invoices.
  const membres = (await (await request.get(`/api/structures/${commune.id}/utilisateurs`)).json()) as {
    membres: { utilisateurId: number; email: string }[];
  };
  const membre = membres.membres.find((m) => m.email === email);
  const habilitation = await request.put(
    `/api/structures/${commune.id}/utilisateurs/${membre?.utilisateurId}`,
    {
      headers: { 'X-CSRF-Token': jetonCsrf },
      data: { role: 'UTILISATEUR', serviceIds: [ecoles.id], espaces: ['FACTURES_RECUES'] },
    },
  );
  expect(habilitation.status(), await habilitation.text()).toBe(204);
}
