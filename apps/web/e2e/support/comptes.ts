import { type APIRequestContext, expect, type Page, type PlaywrightWorkerArgs } from '@playwright/test';

/** Every account created by the tests shares this password (it meets the policy). */
export const MOT_DE_PASSE = 'Trombone-Vert-Ciel-42';
export const MOT_DE_PASSE_DEMO = 'Demo-Choral-2026';
export const GESTIONNAIRE_DEMO = 'gestionnaire@demo.choral.test';

const ANONYME = { 'X-CSRF-Token': 'anonyme' };

/** A new address at each call, so that tests can run again on the same database. */
export function adresseUnique(prefixe: string): string {
  return `${prefixe}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.choral.test`;
}

/** The link of the newest e-mail sent to `destinataire` that leads to `chemin` (`/activation`…). */
export async function lienDuCourriel(
  request: APIRequestContext,
  destinataire: string,
  chemin: string,
): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${chemin}\\S*`);
  let lien: string | undefined;
  await expect(async () => {
    const reponse = await request.get('/api/dev/boite-mail', { params: { destinataire } });
    const { courriels } = (await reponse.json()) as { courriels: { texte: string }[] };
    lien = courriels.map((c) => pattern.exec(c.texte)?.[0]).find(Boolean);
    expect(lien, `courriel vers ${chemin} pour ${destinataire}`).toBeTruthy();
  }).toPass({ timeout: 5_000 });
  return lien ?? '';
}

export type Compte = { email: string; prenom: string; nom: string };

/** Creates an account and activates it through the API, as a test's starting point. */
export async function creerCompteActif(
  request: APIRequestContext,
  prenom: string,
  nom: string,
): Promise<Compte> {
  const email = adresseUnique(prenom.toLowerCase());
  const creation = await request.post('/api/comptes', { headers: ANONYME, data: { email, prenom, nom } });
  expect(creation.status()).toBe(202);
  const jeton = new URL(await lienDuCourriel(request, email, '/activation')).searchParams.get('jeton');
  const activation = await request.post('/api/comptes/activation', {
    headers: ANONYME,
    data: { jeton, motDePasse: MOT_DE_PASSE },
  });
  expect(activation.status()).toBe(200);
  return { email, prenom, nom };
}

/**
 * Signs in with a request context of its own (its own cookie) and returns a function that
 * sends API changes as that user, with the session's CSRF token.
 */
export async function sessionApi(request: APIRequestContext, email: string, motDePasse = MOT_DE_PASSE) {
  const connexion = await request.post('/api/session', { headers: ANONYME, data: { email, motDePasse } });
  expect(connexion.status()).toBe(200);
  const { jetonCsrf } = (await connexion.json()) as { jetonCsrf: string };
  return async (path: string, data: unknown): Promise<unknown> => {
    const reponse = await request.post(path, { headers: { 'X-CSRF-Token': jetonCsrf }, data });
    expect(reponse.ok(), `${path} : ${await reponse.text()}`).toBe(true);
    return reponse.json();
  };
}

/** Signs in through the sign-in page and waits for the user's menu in the header. */
export async function seConnecter(page: Page, email: string, motDePasse = MOT_DE_PASSE): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(motDePasse);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: /menu du compte/ })).toBeVisible();
}

/** A request context with its own cookie jar: one per user signed in through the API. */
export async function contexteApi(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
): Promise<APIRequestContext> {
  return playwright.request.newContext(baseURL ? { baseURL } : {});
}
