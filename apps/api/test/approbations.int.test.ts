import { ApprobationSchema, ProblemSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { creerStructurePublique, creerUtilisateur, rattacher } from './support/factories.ts';
import { dernierCourriel } from './support/mailbox.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function scenario() {
  const gp = await creerUtilisateur(t.db, { prenom: 'Gaston' });
  const demandeur = await creerUtilisateur(t.db, { prenom: 'Dana', nom: 'Demandeuse' });
  const s = await creerStructurePublique(t.db, gp.id);
  const ecoles = s.services.find((x) => x.code === 'ECOLES');
  const clientDemandeur = await new Client(t.app).login(demandeur.email);
  const clientGp = await new Client(t.app).login(gp.email);

  return { gp, demandeur, s, ecoles, clientDemandeur, clientGp };
}

describe('Demander un rattachement et le faire approuver', () => {
  it('la demande apparaît dans les Approbations du gestionnaire avec ses six champs, et son approbation rattache aussitôt', async () => {
    const { gp, demandeur, s, ecoles, clientDemandeur, clientGp } = await scenario();

    const demande = await clientDemandeur.post('/api/demandes-rattachement', {
      structureId: s.id,
      serviceIds: [ecoles?.id],
      commentaire: 'Nouvelle directrice des écoles.',
    });
    expect(demande.statusCode).toBe(201);
    const { id } = demande.json();
    expect((await dernierCourriel(clientGp, gp.email)).sujet).toContain('Nouvelle demande de rattachement');

    const session = (await clientGp.get('/api/session')).json();
    expect(session.utilisateur.approbationsEnAttente).toBe(1);
    const liste = (await clientGp.get('/api/approbations?etat=EN_ATTENTE')).json();
    expect(liste.enAttente).toBe(1);
    const ligne = ApprobationSchema.parse(liste.approbations[0]);
    expect(ligne).toMatchObject({
      id,
      etat: 'EN_ATTENTE',
      description: expect.stringContaining(s.raisonSociale),
      demandeur: { prenom: 'Dana', nom: 'Demandeuse' },
      structure: { id: s.id, raisonSociale: s.raisonSociale },
      services: [{ code: 'ECOLES' }],
      commentaire: 'Nouvelle directrice des écoles.',
    });
    expect(Date.parse(ligne.demandeLe)).not.toBeNaN();

    const detail = await clientGp.get(`/api/approbations/${id}`);
    expect(detail.json()).toMatchObject({ id, commentaire: 'Nouvelle directrice des écoles.' });

    const decision = await clientGp.post('/api/approbations/decision', { ids: [id], decision: 'APPROUVER' });
    expect(decision.json()).toEqual({ traitees: 1 });

    const moi = (await clientDemandeur.get('/api/session')).json().utilisateur;
    expect(moi.rattachements).toEqual([
      expect.objectContaining({
        structureId: s.id,
        role: 'UTILISATEUR',
        services: [expect.objectContaining({ code: 'ECOLES' })],
      }),
    ]);
    expect((await dernierCourriel(clientDemandeur, demandeur.email)).sujet).toContain('a été approuvée');
    expect((await clientGp.get(`/api/approbations/${id}`)).json()).toMatchObject({
      etat: 'APPROUVEE',
      decideur: { prenom: 'Gaston' },
    });
    expect(
      (await clientGp.post('/api/approbations/decision', { ids: [id], decision: 'APPROUVER' })).statusCode,
    ).toBe(409);
  });

  it('un refus exige un commentaire, est envoyé au demandeur et n’accorde rien', async () => {
    const { demandeur, s, clientDemandeur, clientGp } = await scenario();
    const { id } = (await clientDemandeur.post('/api/demandes-rattachement', { structureId: s.id })).json();

    const sansCommentaire = await clientGp.post('/api/approbations/decision', {
      ids: [id],
      decision: 'REFUSER',
    });
    expect(sansCommentaire.statusCode).toBe(400);
    expect(ProblemSchema.parse(sansCommentaire.json()).errors?.[0]?.pointer).toBe('/commentaire');

    const refus = await clientGp.post('/api/approbations/decision', {
      ids: [id],
      decision: 'REFUSER',
      commentaire: 'Inconnu du service.',
    });
    expect(refus.statusCode).toBe(200);
    expect(await t.db.rattachement.count({ where: { utilisateurId: demandeur.id } })).toBe(0);
    const courriel = await dernierCourriel(clientDemandeur, demandeur.email);
    expect(courriel.sujet).toContain('a été refusée');
    expect(courriel.texte).toContain('Inconnu du service.');
    expect((await clientDemandeur.get('/api/mon-compte/demandes')).json().demandes[0]).toMatchObject({
      etat: 'REFUSEE',
      commentaireDecision: 'Inconnu du service.',
    });
  });

  it('approuve plusieurs demandes à la fois, tout ou rien', async () => {
    const gp = await creerUtilisateur(t.db);
    const s = await creerStructurePublique(t.db, gp.id);
    const autreStructure = await creerStructurePublique(t.db, (await creerUtilisateur(t.db)).id);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const u = await creerUtilisateur(t.db);
      ids.push(
        (
          await (
            await new Client(t.app).login(u.email)
          ).post('/api/demandes-rattachement', { structureId: s.id })
        ).json().id,
      );
    }
    const etranger = await creerUtilisateur(t.db);
    const idEtranger = (
      await (
        await new Client(t.app).login(etranger.email)
      ).post('/api/demandes-rattachement', { structureId: autreStructure.id })
    ).json().id;
    const clientGp = await new Client(t.app).login(gp.email);

    const melange = await clientGp.post('/api/approbations/decision', {
      ids: [...ids, idEtranger],
      decision: 'APPROUVER',
    });
    expect(melange.statusCode).toBe(404);
    expect(await t.db.demandeRattachement.count({ where: { id: { in: ids }, etat: 'EN_ATTENTE' } })).toBe(3);

    expect(
      (await clientGp.post('/api/approbations/decision', { ids, decision: 'APPROUVER' })).json(),
    ).toEqual({ traitees: 3 });
    expect(await t.db.rattachement.count({ where: { structureId: s.id, role: 'UTILISATEUR' } })).toBe(3);
  });

  it('refuse une seconde demande en attente et une demande de qui est déjà rattaché', async () => {
    const { s, clientDemandeur, gp } = await scenario();
    await clientDemandeur.post('/api/demandes-rattachement', { structureId: s.id });

    const seconde = await clientDemandeur.post('/api/demandes-rattachement', { structureId: s.id });
    expect(ProblemSchema.parse(seconde.json()).code).toBe('DEMANDE_EN_COURS');
    const dejaRattache = await (await new Client(t.app).login(gp.email)).post('/api/demandes-rattachement', {
      structureId: s.id,
    });
    expect(ProblemSchema.parse(dejaRattache.json()).code).toBe('DEJA_RATTACHE');
  });

  it('un simple utilisateur de la structure ne voit pas ses approbations', async () => {
    const { s, clientDemandeur } = await scenario();
    const simple = await creerUtilisateur(t.db);
    await rattacher(t.db, simple.id, s.id);
    const { id } = (await clientDemandeur.post('/api/demandes-rattachement', { structureId: s.id })).json();
    const client = await new Client(t.app).login(simple.email);

    expect((await client.get('/api/approbations')).json()).toEqual({ approbations: [], enAttente: 0 });
    expect((await client.get(`/api/approbations/${id}`)).statusCode).toBe(404);
    expect(
      (await client.post('/api/approbations/decision', { ids: [id], decision: 'APPROUVER' })).statusCode,
    ).toBe(404);
  });
});
