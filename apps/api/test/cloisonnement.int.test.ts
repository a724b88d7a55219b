import { ProblemSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import {
  creerStructurePublique,
  creerUtilisateur,
  instantaneStructure,
  rattacher,
} from './support/factories.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

// Every route that names a structure, a service, a user or a request, called by a user of
// another structure: each answers 404 (existence is never revealed) and changes nothing.

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('Cloisonnement : un utilisateur d’une autre structure', () => {
  it('reçoit 404 sur chaque route et ne change rien', async () => {
    const gp = await creerUtilisateur(t.db);
    const membre = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    await rattacher(t.db, membre.id, s.id);
    const service = s.services[1];
    const demandeur = await creerUtilisateur(t.db);
    const { id: demandeId } = (
      await (
        await new Client(t.app).login(demandeur.email)
      ).post('/api/demandes-rattachement', { structureId: s.id })
    ).json();

    const intrus = await creerUtilisateur(t.db);
    await creerStructurePublique(t.db, intrus.id);
    const client = await new Client(t.app).login(intrus.email);
    const avant = await instantaneStructure(t.db, s.id);

    const service_ = { code: 'PIRATE', libelle: 'Pirate' };
    const appels: [string, () => ReturnType<Client['get']>][] = [
      ['GET structure', () => client.get(`/api/structures/${s.id}`)],
      [
        'PUT structure',
        () =>
          client.put(`/api/structures/${s.id}`, {
            raisonSociale: 'X',
            adresse: 'X',
            codePostal: 'X',
            ville: 'X',
          }),
      ],
      ['PUT activation', () => client.put(`/api/structures/${s.id}/activation`, { active: false })],
      [
        'PUT paramètres',
        () =>
          client.put(`/api/structures/${s.id}/parametres`, {
            codeServiceDoitEtreRenseigne: true,
            numeroEJDoitEtreRenseigne: true,
            gestionNumeroEJOuCodeService: true,
            statutMiseEnPaiementNestPasRemonte: true,
          }),
      ],
      ['POST service', () => client.post(`/api/structures/${s.id}/services`, service_)],
      ['PUT service', () => client.put(`/api/structures/${s.id}/services/${service?.id}`, service_)],
      ['GET utilisateurs', () => client.get(`/api/structures/${s.id}/utilisateurs`)],
      [
        'POST utilisateur',
        () => client.post(`/api/structures/${s.id}/utilisateurs`, { email: intrus.email }),
      ],
      [
        'PUT utilisateur',
        () =>
          client.put(`/api/structures/${s.id}/utilisateurs/${membre.id}`, {
            role: 'GESTIONNAIRE_SECONDAIRE',
          }),
      ],
      ['DELETE utilisateur', () => client.delete(`/api/structures/${s.id}/utilisateurs/${membre.id}`)],
      [
        'POST transfert',
        () => client.post(`/api/structures/${s.id}/transfert-principal`, { utilisateurId: intrus.id }),
      ],
      ['GET approbation', () => client.get(`/api/approbations/${demandeId}`)],
      [
        'POST décision',
        () => client.post('/api/approbations/decision', { ids: [demandeId], decision: 'APPROUVER' }),
      ],
    ];
    for (const [nom, appel] of appels) {
      const res = await appel();
      expect(res.statusCode, nom).toBe(404);
      expect(ProblemSchema.parse(res.json()).code, nom).toBe('INTROUVABLE');
    }
    expect(
      (await client.get('/api/approbations')).json().approbations.map((a: { id: number }) => a.id),
    ).not.toContain(demandeId);

    expect(await instantaneStructure(t.db, s.id)).toBe(avant);
  });

  it('une structure inexistante répond exactement comme une structure d’autrui', async () => {
    const intrus = await creerUtilisateur(t.db);
    const autre = await creerStructurePublique(t.db, (await creerUtilisateur(t.db)).id);
    const client = await new Client(t.app).login(intrus.email);

    const existante = await client.get(`/api/structures/${autre.id}`);
    const inexistante = await client.get('/api/structures/999999999');

    expect(existante.statusCode).toBe(inexistante.statusCode);
    expect(ProblemSchema.parse(existante.json()).detail).toBe(ProblemSchema.parse(inexistante.json()).detail);
  });

  it('sans connexion, chaque route répond 401', async () => {
    const client = new Client(t.app);
    for (const url of [
      '/api/structures/1',
      '/api/structures/1/utilisateurs',
      '/api/approbations',
      '/api/approbations/1',
      '/api/annuaire',
    ]) {
      expect((await client.get(url)).statusCode, url).toBe(401);
    }
    expect((await client.post('/api/structures', {})).statusCode).toBe(400);
    expect((await client.post('/api/demandes-rattachement', { structureId: 1 })).statusCode).toBe(401);
  });
});
