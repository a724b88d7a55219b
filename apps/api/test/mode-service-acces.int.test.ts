import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHEMINS_CPRO } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { creerAgent } from './support/cycle.ts';
import { demanderJeton, Erp, raccorder } from './support/erp.ts';
import { creerFournisseur } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const RATTACHEMENTS = CHEMINS_CPRO.rattachementsMonCompte;

function spaBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'choral-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fr"><title>Choral</title></html>');

  return dir;
}

describe('mode API: access as PISTE and Chorus Pro do it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(undefined, { webDistDir: spaBuild() });
  });
  afterAll(() => t.close());

  it('answers the health check in JSON, and never the SPA for /cpro or /api paths', async () => {
    const sante = await t.app.inject({ method: 'GET', url: CHEMINS_CPRO.healthCheck });
    expect(sante.statusCode).toBe(200);
    expect(sante.headers['content-type']).toMatch(/^application\/json/);
    expect(sante.json()).toMatchObject({ codeRetour: 0 });
    for (const url of ['/cpro/inconnu', '/cpro', '/api/oauth/inconnu']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.headers['content-type'], url).toMatch(/json/);
    }
  });

  it('delivers an opaque one-hour token for client credentials, without CSRF token or cookie', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const r = await raccorder(fournisseur.client, fournisseur.structure.id);
    const res = await demanderJeton(t.app, r.clientId, r.clientSecret);

    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'openid' });
    const jeton: string = res.json().access_token;
    expect(jeton.length).toBeGreaterThanOrEqual(40);
    // Stored hashed only.
    expect(await t.db.jetonApi.count({ where: { id: jeton } })).toBe(0);

    const mauvaisSecret = await demanderJeton(t.app, r.clientId, `${r.clientSecret}x`);
    expect(mauvaisSecret.statusCode).toBe(401);
    expect(mauvaisSecret.json()).toMatchObject({ error: 'invalid_client' });
    const inconnu = await demanderJeton(t.app, 'inconnu', r.clientSecret);
    expect(inconnu.statusCode).toBe(401);
    const mauvaisType = await t.app.inject({
      method: 'POST',
      url: '/api/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=password&client_id=${r.clientId}&client_secret=${r.clientSecret}`,
    });
    expect(mauvaisType.statusCode).toBe(400);
    expect(mauvaisType.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const sansChamps = await t.app.inject({
      method: 'POST',
      url: '/api/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'grant_type=client_credentials',
    });
    expect(sansChamps.statusCode).toBe(400);
    expect(sansChamps.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('lets a compte technique call the API with the rights of its rattachement', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const r = await raccorder(fournisseur.client, fournisseur.structure.id);
    const erp = await Erp.connecter(t.app, r);

    const body = await erp.ok(RATTACHEMENTS, { parametresRecherche: { nbResultatsParPage: 10 } });
    expect(body.libelle).toBe('TRA_MSG_00.000');
    expect(body.listeStructureRattachement).toEqual([
      expect.objectContaining({
        idStructure: fournisseur.structure.id,
        identifiantStructure: fournisseur.structure.identifiant,
        roleUtilisateur: 'UTILISATEUR',
      }),
    ]);
    expect(body.parametresRetour).toMatchObject({ total: 1, pageCourante: 1 });
    // An empty body and unknown fields are accepted as real SDKs send them.
    expect((await erp.appeler(RATTACHEMENTS, '')).statusCode).toBe(200);
    expect((await erp.appeler(RATTACHEMENTS, { idUtilisateurCourant: 0, inconnu: true })).statusCode).toBe(
      200,
    );
    // Last use is shown to the gestionnaire.
    const raccordement = await fournisseur.client.get(
      `/api/structures/${fournisseur.structure.id}/raccordement-api`,
    );
    expect(raccordement.json().comptes[0].derniereUtilisationLe).not.toBeNull();
    // The technical user never signs in to the portal.
    const portail = await new Client(t.app).post('/api/session', {
      email: r.login,
      motDePasse: r.motDePasse,
    });
    expect(portail.statusCode).toBe(401);
  });

  it('answers 401 for a missing, unknown, expired or revoked token, in short JSON', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const r = await raccorder(fournisseur.client, fournisseur.structure.id);
    const erp = await Erp.connecter(t.app, r);

    const sansJeton = await erp.appeler(RATTACHEMENTS, {}, { authorization: '' });
    expect(sansJeton.statusCode).toBe(401);
    expect(sansJeton.json()).toMatchObject({ error: 'invalid_token' });
    expect((await erp.appeler(RATTACHEMENTS, {}, { authorization: 'Bearer inconnu' })).statusCode).toBe(401);

    await t.db.jetonApi.updateMany({ data: { expireLe: new Date(Date.now() - 1000) } });
    expect((await erp.appeler(RATTACHEMENTS)).statusCode).toBe(401);

    const autre = await Erp.connecter(t.app, r);
    expect((await autre.appeler(RATTACHEMENTS)).statusCode).toBe(200);
    // Regenerating the secret revokes the tokens and the old secret.
    const regeneree = await fournisseur.client.post(
      `/api/structures/${fournisseur.structure.id}/raccordement-api/application`,
    );
    expect(regeneree.json().clientId).toBe(r.clientId);
    expect((await autre.appeler(RATTACHEMENTS)).statusCode).toBe(401);
    expect((await demanderJeton(t.app, r.clientId, r.clientSecret)).statusCode).toBe(401);
    expect((await demanderJeton(t.app, r.clientId, regeneree.json().clientSecret)).statusCode).toBe(200);
  });

  it('answers 403 for a missing or wrong cpro-account, a disabled account or another structure’s', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const r = await raccorder(fournisseur.client, fournisseur.structure.id);
    const erp = await Erp.connecter(t.app, r);
    const base64 = (s: string) => Buffer.from(s).toString('base64');

    const sansCompte = await erp.appeler(RATTACHEMENTS, {}, { 'cpro-account': '' });
    expect(sansCompte.statusCode).toBe(403);
    expect(sansCompte.json()).toMatchObject({ error: 'access_denied' });
    const mauvais = await erp.appeler(RATTACHEMENTS, {}, { 'cpro-account': base64(`${r.login}:faux`) });
    expect(mauvais.statusCode).toBe(403);
    expect((await erp.appeler(RATTACHEMENTS, {}, { 'cpro-account': 'pas-du-base64' })).statusCode).toBe(403);

    // Another structure's compte technique with this structure's token.
    const autre = await creerFournisseur(t.app, t.db);
    const rAutre = await raccorder(autre.client, autre.structure.id);
    const croise = await erp.appeler(
      RATTACHEMENTS,
      {},
      { 'cpro-account': base64(`${rAutre.login}:${rAutre.motDePasse}`) },
    );
    expect(croise.statusCode).toBe(403);

    // Disabled, then enabled again.
    const url = `/api/structures/${fournisseur.structure.id}/raccordement-api/comptes/${r.compteId}/desactivation`;
    expect((await fournisseur.client.put(url, { desactive: true })).statusCode).toBe(200);
    expect((await erp.appeler(RATTACHEMENTS)).statusCode).toBe(403);
    expect((await fournisseur.client.put(url, { desactive: false })).statusCode).toBe(200);
    expect((await erp.appeler(RATTACHEMENTS)).statusCode).toBe(200);

    // Expired password (424 days).
    await t.db.compteTechnique.update({
      where: { id: r.compteId },
      data: { motDePasseExpireLe: new Date(Date.now() - 1000) },
    });
    expect((await erp.appeler(RATTACHEMENTS)).statusCode).toBe(403);
  });

  it('never accepts the portal session cookie on the API', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const res = await fournisseur.client.post(RATTACHEMENTS, {});
    expect(res.statusCode).toBe(401);
  });

  it('keeps raccordement management to the gestionnaire principal (403), and hidden outside (404)', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const membre = await creerAgent(t.app, t.db, fournisseur.structure.id);
    const etranger = await creerFournisseur(t.app, t.db);
    const url = `/api/structures/${fournisseur.structure.id}/raccordement-api`;

    expect((await membre.client.get(url)).statusCode).toBe(403);
    expect((await membre.client.post(`${url}/application`)).statusCode).toBe(403);
    expect((await membre.client.post(`${url}/comptes`, { espaces: ['FACTURES_EMISES'] })).statusCode).toBe(
      403,
    );
    expect((await etranger.client.get(url)).statusCode).toBe(404);
    expect((await etranger.client.post(`${url}/application`)).statusCode).toBe(404);
    const sansEspace = await fournisseur.client.post(`${url}/comptes`, { espaces: [] });
    expect(sansEspace.statusCode).toBe(400);
    const serviceEtranger = await fournisseur.client.post(`${url}/comptes`, {
      espaces: ['FACTURES_EMISES'],
      serviceIds: [999_999],
    });
    expect(serviceEtranger.statusCode).toBe(400);
    expect(await t.db.compteTechnique.count({ where: { structureId: fournisseur.structure.id } })).toBe(0);

    const lu = await fournisseur.client.get(url);
    expect(lu.statusCode).toBe(200);
    expect(lu.json()).toEqual({ application: null, comptes: [] });
    const structure = await fournisseur.client.get(`/api/structures/${fournisseur.structure.id}`);
    expect(structure.json().actions.gererRaccordementsApi).toBe(true);
  });
});
