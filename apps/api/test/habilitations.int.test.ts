import { ApprobationSchema, ProblemSchema, SessionResponseSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { attendreStatut, creerAgent, deposer } from './support/cycle.ts';
import { creerUtilisateur, rattacher } from './support/factories.ts';
import {
  compterLignes,
  creerDestinataire,
  creerFournisseur,
  envoyerFormulaire,
  saisieComplete,
} from './support/factures.ts';
import { dernierCourriel } from './support/mailbox.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  // Deposited invoices must reach their recipient for the Factures reçues cases.
  await t.demarrerTravailleur();
});
afterAll(() => t.close());

function refuseFaute(res: { statusCode: number; json: () => unknown }, libelle: string) {
  expect(res.statusCode).toBe(403);
  const probleme = ProblemSchema.parse(res.json());
  expect(probleme.code).toBe('ESPACE_NON_HABILITE');
  expect(probleme.detail).toContain(`« ${libelle} »`);
}

async function espacesEnSession(client: Client, structureId: number) {
  const session = SessionResponseSchema.parse((await client.get('/api/session')).json());
  return session.utilisateur.rattachements.find((r) => r.structureId === structureId);
}

describe('Factures émises : il faut l’habilitation', () => {
  it('un simple utilisateur sans Factures émises ne saisit, ne dépose ni ne consulte rien (403), et rien ne change', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const brouillon = (
      await fournisseur.client.post(
        '/api/factures/brouillons',
        saisieComplete(fournisseur.structure.id, destinataire.identifiant),
      )
    ).json().id as number;
    const agent = await creerUtilisateur(t.db);
    await rattacher(t.db, agent.id, fournisseur.structure.id, 'UTILISATEUR', ['SOLLICITATIONS']);
    const client = await new Client(t.app).login(agent.email);
    const avant = await compterLignes(t.db);
    const id = fournisseur.structure.id;

    refuseFaute(
      await client.post('/api/factures/brouillons', saisieComplete(id, destinataire.identifiant)),
      'Factures émises',
    );
    refuseFaute(
      await envoyerFormulaire(
        client,
        '/api/factures/brouillons/depot',
        { structureId: id },
        { nom: 'f.xml', octets: '<x/>' },
      ),
      'Factures émises',
    );
    refuseFaute(await client.get(`/api/factures/emises?structureId=${id}`), 'Factures émises');
    refuseFaute(await client.get(`/api/factures/emises/synthese?structureId=${id}`), 'Factures émises');
    refuseFaute(await client.get(`/api/factures/brouillons/${brouillon}`), 'Factures émises');
    refuseFaute(await client.get(`/api/factures/${brouillon}`), 'Factures émises');
    refuseFaute(await client.post(`/api/factures/brouillons/${brouillon}/envoi`), 'Factures émises');
    refuseFaute(await client.delete(`/api/factures/brouillons/${brouillon}`), 'Factures émises');
    expect(await compterLignes(t.db)).toEqual(avant);

    const rattachement = await espacesEnSession(client, id);
    expect(rattachement?.espaces).toEqual(['SOLLICITATIONS']);
    expect(rattachement?.espacesDemandables).toContain('FACTURES_EMISES');
  });

  it('l’agent de la commune habilité Factures reçues seulement traite ses factures mais ne facture pas au nom de la commune', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const commune = await creerDestinataire(t.db);
    const agent = await creerAgent(t.app, t.db, commune.id, ['VOIRIE']);
    const id = await deposer(fournisseur, commune.identifiant);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');

    expect(
      (await agent.client.get(`/api/factures/recues?structureId=${commune.id}`)).json().factures,
    ).toEqual([expect.objectContaining({ id })]);
    expect((await agent.client.get(`/api/factures/${id}`)).statusCode).toBe(200);
    const avant = await compterLignes(t.db);
    refuseFaute(
      await agent.client.post(
        '/api/factures/brouillons',
        saisieComplete(commune.id, fournisseur.structure.identifiant),
      ),
      'Factures émises',
    );
    refuseFaute(await agent.client.get(`/api/factures/emises?structureId=${commune.id}`), 'Factures émises');
    expect(await compterLignes(t.db)).toEqual(avant);
    expect((await espacesEnSession(agent.client, commune.id))?.espaces).toEqual(['FACTURES_RECUES']);
  });

  it('un agent public sans Factures reçues ne voit ni la liste ni les factures reçues (403) ; hors de ses structures, 404', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const commune = await creerDestinataire(t.db);
    const id = await deposer(fournisseur, commune.identifiant);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
    const agent = await creerUtilisateur(t.db);
    await rattacher(t.db, agent.id, commune.id, 'UTILISATEUR', ['FACTURES_EMISES']);
    const client = await new Client(t.app).login(agent.email);

    refuseFaute(await client.get(`/api/factures/recues?structureId=${commune.id}`), 'Factures reçues');
    refuseFaute(await client.get(`/api/factures/${id}`), 'Factures reçues');
    refuseFaute(
      await client.post(`/api/factures/${id}/actions`, { action: 'PRENDRE_EN_COMPTE' }),
      'Factures reçues',
    );

    const autre = await creerDestinataire(t.db);
    expect((await client.get(`/api/factures/recues?structureId=${autre.id}`)).statusCode).toBe(404);
  });

  it('les gestionnaires détiennent tous les espaces de leur structure', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const rattachement = await espacesEnSession(fournisseur.client, fournisseur.structure.id);
    expect(rattachement?.espaces).toContain('FACTURES_EMISES');
    expect(rattachement?.espaces).not.toContain('FACTURES_RECUES');
    expect(rattachement?.espacesDemandables).toEqual([]);
  });
});

describe('Demander des habilitations et les faire approuver', () => {
  it('demandées avec le rattachement, accordées à l’approbation', async () => {
    const gp = await creerUtilisateur(t.db);
    const commune = await creerDestinataire(t.db);
    await t.db.rattachement.updateMany({
      where: { structureId: commune.id },
      data: { utilisateurId: gp.id },
    });
    const demandeur = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(demandeur.email);
    const gestionnaire = await new Client(t.app).login(gp.email);

    // Factures reçues does not exist on a private structure.
    const prive = await creerFournisseur(t.app, t.db);
    const refuse = await client.post('/api/demandes-rattachement', {
      structureId: prive.structure.id,
      espaces: ['FACTURES_RECUES'],
    });
    expect(refuse.statusCode).toBe(422);
    expect(ProblemSchema.parse(refuse.json()).errors?.[0]?.pointer).toBe('/espaces');

    const { id } = (
      await client.post('/api/demandes-rattachement', {
        structureId: commune.id,
        espaces: ['FACTURES_RECUES'],
      })
    ).json();
    const ligne = ApprobationSchema.parse((await gestionnaire.get(`/api/approbations/${id}`)).json());
    expect(ligne).toMatchObject({ objet: 'RATTACHEMENT', espaces: ['FACTURES_RECUES'] });
    expect(ligne.description).toContain('Factures reçues');

    await gestionnaire.post('/api/approbations/decision', { ids: [id], decision: 'APPROUVER' });
    expect((await espacesEnSession(client, commune.id))?.espaces).toEqual(['FACTURES_RECUES']);
    expect((await client.get(`/api/factures/recues?structureId=${commune.id}`)).statusCode).toBe(200);
  });

  it('demandées plus tard depuis Mon compte : affichées dans Approbations, refus sans effet, approbation qui accorde', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const agent = await creerUtilisateur(t.db, { prenom: 'Alix' });
    await rattacher(t.db, agent.id, fournisseur.structure.id, 'UTILISATEUR', ['SOLLICITATIONS']);
    const client = await new Client(t.app).login(agent.email);
    const structureId = fournisseur.structure.id;

    const premiere = await client.post('/api/demandes-habilitation', {
      structureId,
      espaces: ['FACTURES_EMISES'],
      commentaire: 'Je prends la facturation.',
    });
    expect(premiere.statusCode).toBe(201);
    expect((await dernierCourriel(fournisseur.client, fournisseur.utilisateur.email)).texte).toContain(
      'Factures émises',
    );
    expect(
      (await client.post('/api/demandes-habilitation', { structureId, espaces: ['STRUCTURES'] })).statusCode,
    ).toBe(409);
    expect((await espacesEnSession(client, structureId))?.espacesDemandables).toEqual([]);

    const liste = (await fournisseur.client.get('/api/approbations?etat=EN_ATTENTE')).json();
    expect(liste.approbations).toEqual([
      expect.objectContaining({
        id: premiere.json().id,
        objet: 'HABILITATION',
        espaces: ['FACTURES_EMISES'],
        description: expect.stringMatching(/habilitation.*Factures émises/),
      }),
    ]);

    await fournisseur.client.post('/api/approbations/decision', {
      ids: [premiere.json().id],
      decision: 'REFUSER',
      commentaire: 'Pas encore.',
    });
    expect((await dernierCourriel(client, agent.email)).sujet).toMatch(/habilitation.*refusée/);
    expect((await espacesEnSession(client, structureId))?.espaces).toEqual(['SOLLICITATIONS']);
    refuseFaute(
      await client.post('/api/factures/brouillons', saisieComplete(structureId, destinataire.identifiant)),
      'Factures émises',
    );

    const seconde = (
      await client.post('/api/demandes-habilitation', { structureId, espaces: ['FACTURES_EMISES'] })
    ).json().id;
    await fournisseur.client.post('/api/approbations/decision', { ids: [seconde], decision: 'APPROUVER' });
    expect((await dernierCourriel(client, agent.email)).sujet).toMatch(/habilitation.*approuvée/);
    expect((await espacesEnSession(client, structureId))?.espaces).toEqual([
      'FACTURES_EMISES',
      'SOLLICITATIONS',
    ]);
    const mesDemandes = (await client.get('/api/mon-compte/demandes')).json().demandes;
    expect(mesDemandes[0]).toMatchObject({
      objet: 'HABILITATION',
      espaces: ['FACTURES_EMISES'],
      etat: 'APPROUVEE',
    });
    expect(
      (await client.post('/api/factures/brouillons', saisieComplete(structureId, destinataire.identifiant)))
        .statusCode,
    ).toBe(201);
  });

  it('hors de ses structures, une demande d’habilitation répond 404 et n’enregistre rien', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const intrus = await creerUtilisateur(t.db);
    const client = await new Client(t.app).login(intrus.email);
    const avant = await t.db.demandeRattachement.count();

    const res = await client.post('/api/demandes-habilitation', {
      structureId: fournisseur.structure.id,
      espaces: ['FACTURES_EMISES'],
    });

    expect(res.statusCode).toBe(404);
    expect(await t.db.demandeRattachement.count()).toBe(avant);
  });

  it('un gestionnaire change les espaces d’un membre depuis la section des utilisateurs', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const agent = await creerUtilisateur(t.db);
    await rattacher(t.db, agent.id, fournisseur.structure.id);
    const url = `/api/structures/${fournisseur.structure.id}/utilisateurs`;

    const invalide = await fournisseur.client.put(`${url}/${agent.id}`, {
      role: 'UTILISATEUR',
      espaces: ['FACTURES_RECUES'],
    });
    expect(invalide.statusCode).toBe(422);
    expect(
      (
        await fournisseur.client.put(`${url}/${agent.id}`, {
          role: 'UTILISATEUR',
          espaces: ['FACTURES_EMISES'],
        })
      ).statusCode,
    ).toBe(204);

    const membres = (await fournisseur.client.get(url)).json().membres;
    expect(membres.find((m: { utilisateurId: number }) => m.utilisateurId === agent.id).espaces).toEqual([
      'FACTURES_EMISES',
    ]);
  });
});
