import { ProblemSchema, StructureSchema } from '@choral/contracts';
import { genererSiret } from '@choral/domain/identifiants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { creerStructurePublique, creerUtilisateur, rattacher } from './support/factories.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

function structurePrivee(identifiant: string) {
  return {
    typeIdentifiant: 'SIRET',
    identifiant,
    raisonSociale: 'Boulangerie Test',
    adresse: '1 rue du Pain',
    codePostal: '75001',
    ville: 'Paris',
  };
}

describe('Créer une structure privée', () => {
  it('refuse un SIRET invalide avec un message sur le champ, sans rien créer', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);

    const res = await client.post('/api/structures', structurePrivee('12345678901234'));

    expect(res.statusCode).toBe(400);
    const probleme = ProblemSchema.parse(res.json());
    expect(probleme.errors).toEqual([{ pointer: '/identifiant', detail: expect.stringMatching(/SIRET/) }]);
    expect(await t.db.rattachement.count({ where: { utilisateurId: u.id } })).toBe(0);
  });

  it('accepte un SIRET valide (espaces permis) et fait du créateur le gestionnaire principal', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);
    const siret = genererSiret();
    const espace = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;

    const res = await client.post('/api/structures', structurePrivee(espace));

    expect(res.statusCode).toBe(201);
    const structure = StructureSchema.parse(res.json());
    expect(structure).toMatchObject({
      identifiant: siret,
      type: 'PRIVEE',
      monRole: 'GESTIONNAIRE_PRINCIPAL',
      active: true,
    });
    expect(structure.actions).toMatchObject({ modifier: true, transfererPrincipal: true });
    const session = (await client.get('/api/session')).json();
    expect(session.utilisateur.rattachements).toEqual([
      expect.objectContaining({ identifiant: siret, role: 'GESTIONNAIRE_PRINCIPAL' }),
    ]);
  });

  it('refuse un second structure avec le même identifiant (une structure par identifiant)', async () => {
    const a = await creerUtilisateur(t.db);
    const b = await creerUtilisateur(t.db);
    const siret = genererSiret();
    await (await new Client(t.app).login(a.email)).post('/api/structures', structurePrivee(siret));

    const res = await (await new Client(t.app).login(b.email)).post(
      '/api/structures',
      structurePrivee(siret),
    );

    expect(res.statusCode).toBe(409);
    expect(ProblemSchema.parse(res.json()).code).toBe('STRUCTURE_EXISTANTE');
    expect(await t.db.rattachement.count({ where: { utilisateurId: b.id } })).toBe(0);
  });

  it('vérifie les autres types d’identifiant', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);

    const tva = await client.post('/api/structures', {
      ...structurePrivee('DE123456789'),
      typeIdentifiant: 'UE_HORS_FRANCE',
    });
    const ridet = await client.post('/api/structures', {
      ...structurePrivee('12'),
      typeIdentifiant: 'RIDET',
    });

    expect(tva.statusCode).toBe(201);
    expect(ridet.statusCode).toBe(400);
  });
});

describe('Gérer sa structure', () => {
  it('un gestionnaire modifie, inactive et réactive sa structure ; un simple utilisateur reçoit 403', async () => {
    const gp = await creerUtilisateur(t.db);
    const simple = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    await rattacher(t.db, simple.id, s.id);
    const gestionnaire = await new Client(t.app).login(gp.email);
    const utilisateur = await new Client(t.app).login(simple.email);

    const inactive = await gestionnaire.put(`/api/structures/${s.id}/activation`, { active: false });
    expect(inactive.json()).toMatchObject({ active: false });
    const refus = await utilisateur.put(`/api/structures/${s.id}/activation`, { active: true });
    expect(refus.statusCode).toBe(403);
    expect((await t.db.structure.findUniqueOrThrow({ where: { id: s.id } })).active).toBe(false);

    const vue = StructureSchema.parse((await utilisateur.get(`/api/structures/${s.id}`)).json());
    expect(vue.actions).toMatchObject({ modifier: false, gererUtilisateurs: false });

    const edition = await gestionnaire.put(`/api/structures/${s.id}`, {
      raisonSociale: 'Commune renommée',
      adresse: '2 place',
      codePostal: '45000',
      ville: 'Orléans',
    });
    expect(edition.json()).toMatchObject({ raisonSociale: 'Commune renommée', identifiant: s.identifiant });
  });

  it('règle les paramètres de réception d’une structure publique', async () => {
    const gp = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    const client = await new Client(t.app).login(gp.email);
    const parametres = {
      codeServiceDoitEtreRenseigne: true,
      numeroEJDoitEtreRenseigne: false,
      gestionNumeroEJOuCodeService: false,
      statutMiseEnPaiementNestPasRemonte: true,
    };

    expect((await client.put(`/api/structures/${s.id}/parametres`, parametres)).json().parametres).toEqual(
      parametres,
    );
  });

  it('crée et modifie des services ; FACTURES_PUBLIQUES ne se désactive pas ; codes uniques', async () => {
    const gp = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    const client = await new Client(t.app).login(gp.email);

    const cree = await client.post(`/api/structures/${s.id}/services`, {
      code: 'CULTURE',
      libelle: 'Service culturel',
      dateDebutValidite: '2026-01-01',
      dateFinValidite: '2050-12-31',
      engagementObligatoire: true,
    });
    expect(cree.statusCode).toBe(201);
    expect(cree.json()).toMatchObject({
      code: 'CULTURE',
      actif: true,
      engagementObligatoire: true,
      dateFinValidite: '2050-12-31',
    });

    const doublon = await client.post(`/api/structures/${s.id}/services`, {
      code: 'CULTURE',
      libelle: 'Autre',
    });
    expect(doublon.statusCode).toBe(409);

    const dates = await client.post(`/api/structures/${s.id}/services`, {
      code: 'X',
      libelle: 'X',
      dateDebutValidite: '2026-02-01',
      dateFinValidite: '2026-01-01',
    });
    expect(ProblemSchema.parse(dates.json()).errors?.[0]?.pointer).toBe('/dateFinValidite');

    const fp = s.services.find((x) => x.code === 'FACTURES_PUBLIQUES');
    const desactive = await client.put(`/api/structures/${s.id}/services/${fp?.id}`, {
      code: 'FACTURES_PUBLIQUES',
      libelle: 'FP',
      actif: false,
    });
    expect(ProblemSchema.parse(desactive.json()).code).toBe('SERVICE_RESERVE');
  });
});

describe('Gérer les utilisateurs de sa structure', () => {
  it('invite un utilisateur qui accepte, nomme un gestionnaire secondaire, transfère le rôle principal, détache', async () => {
    const gp = await creerUtilisateur(t.db);
    const autre = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    const voirie = s.services.find((x) => x.code === 'VOIRIE');
    const client = await new Client(t.app).login(gp.email);

    // An invitation, accepted by the person (invitations.int.test.ts covers it in full).
    expect(
      (
        await client.post(`/api/structures/${s.id}/utilisateurs`, {
          email: autre.email,
          serviceIds: [voirie?.id],
        })
      ).statusCode,
    ).toBe(202);
    const invite = await new Client(t.app).login(autre.email);
    const [invitation] = (await invite.get('/api/mon-compte/invitations')).json().invitations;
    expect((await invite.post(`/api/mon-compte/invitations/${invitation.id}/acceptation`)).statusCode).toBe(
      204,
    );

    await client.put(`/api/structures/${s.id}/utilisateurs/${autre.id}`, {
      role: 'GESTIONNAIRE_SECONDAIRE',
      serviceIds: [],
    });
    const membres = (await client.get(`/api/structures/${s.id}/utilisateurs`)).json().membres;
    expect(membres).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ utilisateurId: gp.id, role: 'GESTIONNAIRE_PRINCIPAL' }),
        expect.objectContaining({ utilisateurId: autre.id, role: 'GESTIONNAIRE_SECONDAIRE', services: [] }),
      ]),
    );

    const detachePrincipal = await client.delete(`/api/structures/${s.id}/utilisateurs/${gp.id}`);
    expect(ProblemSchema.parse(detachePrincipal.json()).code).toBe('GESTIONNAIRE_PRINCIPAL_NON_RETIRABLE');

    expect(
      (await client.post(`/api/structures/${s.id}/transfert-principal`, { utilisateurId: autre.id }))
        .statusCode,
    ).toBe(204);
    const roles = await t.db.rattachement.findMany({
      where: { structureId: s.id },
      orderBy: { utilisateurId: 'asc' },
    });
    expect(roles.map((r) => [r.utilisateurId, r.role])).toEqual([
      [gp.id, 'GESTIONNAIRE_SECONDAIRE'],
      [autre.id, 'GESTIONNAIRE_PRINCIPAL'],
    ]);
    expect(roles.filter((r) => r.role === 'GESTIONNAIRE_PRINCIPAL')).toHaveLength(1);

    const nouveauPrincipal = await new Client(t.app).login(autre.email);
    expect((await nouveauPrincipal.delete(`/api/structures/${s.id}/utilisateurs/${gp.id}`)).statusCode).toBe(
      204,
    );
    expect(await t.db.rattachement.count({ where: { structureId: s.id, utilisateurId: gp.id } })).toBe(0);
  });

  it('un gestionnaire secondaire ne nomme pas de gestionnaire et ne transfère pas le rôle principal', async () => {
    const gp = await creerUtilisateur(t.db);
    const gs = await creerUtilisateur(t.db);
    const simple = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    await rattacher(t.db, gs.id, s.id, 'GESTIONNAIRE_SECONDAIRE');
    await rattacher(t.db, simple.id, s.id);
    const client = await new Client(t.app).login(gs.email);

    expect(
      (
        await client.put(`/api/structures/${s.id}/utilisateurs/${simple.id}`, {
          role: 'GESTIONNAIRE_SECONDAIRE',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await client.post(`/api/structures/${s.id}/transfert-principal`, { utilisateurId: gs.id })).statusCode,
    ).toBe(403);
    expect(
      (
        await client.put(`/api/structures/${s.id}/utilisateurs/${simple.id}`, {
          role: 'UTILISATEUR',
          serviceIds: [],
        })
      ).statusCode,
    ).toBe(204);
  });
});

describe('Ce que la page peut proposer', () => {
  it('indique pour chaque membre et chaque service ce que l’appelant peut en faire', async () => {
    const gp = await creerUtilisateur(t.db);
    const gs = await creerUtilisateur(t.db);
    const gs2 = await creerUtilisateur(t.db);
    const simple = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    await rattacher(t.db, gs.id, s.id, 'GESTIONNAIRE_SECONDAIRE');
    await rattacher(t.db, gs2.id, s.id, 'GESTIONNAIRE_SECONDAIRE');
    await rattacher(t.db, simple.id, s.id);
    const vueGs = (
      await (await new Client(t.app).login(gs.email)).get(`/api/structures/${s.id}/utilisateurs`)
    ).json();
    const actions = (id: number) =>
      vueGs.membres.find((m: { utilisateurId: number }) => m.utilisateurId === id).actions;

    expect(actions(gp.id)).toEqual({ modifier: false, detacher: false });
    expect(actions(gs2.id)).toEqual({ modifier: true, detacher: false });
    expect(actions(gs.id)).toEqual({ modifier: true, detacher: true });
    expect(actions(simple.id)).toEqual({ modifier: true, detacher: true });

    const structure = (await (await new Client(t.app).login(gp.email)).get(`/api/structures/${s.id}`)).json();
    const reserve = Object.fromEntries(
      structure.services.map((x: { code: string; reserve: boolean }) => [x.code, x.reserve]),
    );
    expect(reserve).toEqual({ ECOLES: false, FACTURES_PUBLIQUES: true, VOIRIE: false });
  });
});

describe('Annuaire et recherche', () => {
  it('l’annuaire liste les structures publiques avec services actifs et exigences', async () => {
    const gp = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id, { raisonSociale: `Hôpital Annuaire ${Date.now()}` });
    await t.db.structure.update({ where: { id: s.id }, data: { numeroEJDoitEtreRenseigne: true } });
    const client = await new Client(t.app).login(gp.email);

    const parNom = (await client.get(`/api/annuaire?q=${encodeURIComponent('hôpital annuaire')}`)).json()
      .structures;
    const parSiret = (await client.get(`/api/annuaire?q=${s.identifiant}`)).json().structures;

    expect(parNom.map((x: { id: number }) => x.id)).toContain(s.id);
    expect(parSiret).toEqual([
      expect.objectContaining({
        id: s.id,
        parametres: expect.objectContaining({ numeroEJDoitEtreRenseigne: true }),
      }),
    ]);
    expect(parSiret[0].services.map((x: { code: string }) => x.code)).toEqual([
      'ECOLES',
      'FACTURES_PUBLIQUES',
      'VOIRIE',
    ]);
  });

  it('la recherche demande au moins 2 caractères et exige d’être connecté', async () => {
    const u = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(u.email);

    expect((await client.get('/api/structures/recherche?q=a')).statusCode).toBe(400);
    expect((await new Client(t.app).get('/api/structures/recherche?q=commune')).statusCode).toBe(401);
    expect((await new Client(t.app).get('/api/annuaire')).statusCode).toBe(401);
  });
});
