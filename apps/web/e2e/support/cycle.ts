import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { GESTIONNAIRE_DEMO, MOT_DE_PASSE, MOT_DE_PASSE_DEMO, seConnecter } from './comptes.ts';
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
  await saisirPourLaVoirie(page, numero, {
    designation: 'Entretien des espaces verts',
    quantite: '4',
    prix: '150.00',
  });
  await validerEtEnvoyer(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Facture déposée' })).toBeVisible();
}

/**
 * On « Saisir une facture »: the number, today's date, the commune's VOIRIE service as recipient
 * and one line.
 */
export async function saisirPourLaVoirie(
  page: Page,
  numero: string,
  ligne: { designation: string; quantite: string; prix: string },
): Promise<void> {
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
  const groupe = page.getByRole('group', { name: 'Ligne 1' });
  await groupe.getByLabel('Désignation').fill(ligne.designation);
  await groupe.getByLabel('Quantité').fill(ligne.quantite);
  await groupe.getByLabel('Prix unitaire HT').fill(ligne.prix);
}

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

/**
 * Attaches an account (password MOT_DE_PASSE) to Commune de Villedémo, service ECOLES only, habilitated for
 * Factures reçues: the demo gestionnaire invites it, then the account accepts.
 */
export async function rattacherAuxEcoles(request: APIRequestContext, email: string): Promise<void> {
  const connexion = await request.post('/api/session', {
    headers: { 'X-CSRF-Token': 'anonyme' },
    data: { email: GESTIONNAIRE_DEMO, motDePasse: MOT_DE_PASSE_DEMO },
  });
  const { jetonCsrf } = (await connexion.json()) as { jetonCsrf: string };
  const commune = await communeDeVilledemo(request);
  const ecoles = commune.services.find((s) => s.code === 'ECOLES');
  if (!ecoles) throw new Error('Service ECOLES absent des données de démonstration.');
  const invitation = await request.post(`/api/structures/${commune.id}/utilisateurs`, {
    headers: { 'X-CSRF-Token': jetonCsrf },
    data: { email, serviceIds: [ecoles.id], espaces: ['FACTURES_RECUES'] },
  });
  expect(invitation.status(), await invitation.text()).toBe(202);
  // The gestionnaire signs out: the same request context then signs in as the invited account.
  await request.delete('/api/session', { headers: { 'X-CSRF-Token': jetonCsrf } });
  const session = await request.post('/api/session', {
    headers: { 'X-CSRF-Token': 'anonyme' },
    data: { email, motDePasse: MOT_DE_PASSE },
  });
  expect(session.status()).toBe(200);
  const csrf = ((await session.json()) as { jetonCsrf: string }).jetonCsrf;
  const reponse = await request.get('/api/mon-compte/invitations');
  const { invitations } = (await reponse.json()) as { invitations: { id: number }[] };
  expect(invitations).toHaveLength(1);
  const acceptation = await request.post(`/api/mon-compte/invitations/${invitations[0]?.id}/acceptation`, {
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(acceptation.status()).toBe(204);
}
