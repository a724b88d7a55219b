import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import {
  compterLignes,
  creerDestinataire,
  creerFournisseur,
  envoyerFormulaire,
  saisieComplete,
} from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('Les factures d’une structure n’existent pas pour les autres', () => {
  it('répond 404 sur chaque route à l’utilisateur d’une autre structure, sans rien modifier', async () => {
    const proprietaire = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const saisie = saisieComplete(proprietaire.structure.id, destinataire.identifiant);
    const envoyee = (await proprietaire.client.post('/api/factures/brouillons', saisie)).json().id as number;
    await proprietaire.client.post(`/api/factures/brouillons/${envoyee}/envoi`);
    const brouillon = (
      await proprietaire.client.post('/api/factures/brouillons', { structureId: proprietaire.structure.id })
    ).json().id as number;
    const piece = await envoyerFormulaire(
      proprietaire.client,
      `/api/factures/brouillons/${brouillon}/pieces-jointes`,
      { designation: 'Devis', type: 'DEVIS' },
      { nom: 'devis.pdf', octets: '%PDF-1.4' },
    );
    const pieceId = piece.json().documents[0].id as number;
    const documentEnvoye = (await proprietaire.client.get(`/api/factures/${envoyee}`)).json().documents[0]
      .id as number;

    const { client: autre } = await creerFournisseur(t.app, t.db);
    const avant = await compterLignes(t.db);
    const { structureId: _, ...formulaire } = saisie;
    const reponses = await Promise.all([
      autre.get(`/api/factures/${envoyee}`),
      autre.get(`/api/factures/${envoyee}/documents/${documentEnvoye}`),
      autre.get(`/api/factures/${brouillon}/documents/${pieceId}`),
      autre.get(`/api/factures/brouillons/${brouillon}`),
      autre.put(`/api/factures/brouillons/${brouillon}`, formulaire),
      autre.delete(`/api/factures/brouillons/${brouillon}`),
      autre.post(`/api/factures/brouillons/${brouillon}/envoi`),
      autre.delete(`/api/factures/brouillons/${brouillon}/pieces-jointes/${pieceId}`),
      envoyerFormulaire(
        autre,
        `/api/factures/brouillons/${brouillon}/pieces-jointes`,
        { designation: 'x', type: 'AUTRE' },
        { nom: 'x.txt', octets: 'x' },
      ),
      autre.get(`/api/factures/emises?structureId=${proprietaire.structure.id}`),
      autre.post('/api/factures/brouillons', saisie),
      envoyerFormulaire(
        autre,
        '/api/factures/brouillons/depot',
        { structureId: proprietaire.structure.id },
        { nom: 'f.xml', octets: '<x/>' },
      ),
    ]);

    expect(reponses.map((r) => r.statusCode)).toEqual(reponses.map(() => 404));
    expect(await compterLignes(t.db)).toEqual(avant);
    expect((await autre.get('/api/factures/99999')).statusCode).toBe(404);
  });

  it('un membre simple habilité Factures émises voit et traite ses factures', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const collegue = await creerFournisseur(t.app, t.db);
    await t.db.rattachement.create({
      data: {
        utilisateurId: collegue.utilisateur.id,
        structureId: structure.id,
        role: 'UTILISATEUR',
        espaces: { create: { espace: 'FACTURES_EMISES' } },
      },
    });
    const { id } = (
      await client.post('/api/factures/brouillons', saisieComplete(structure.id, destinataire.identifiant))
    ).json();

    expect((await collegue.client.get(`/api/factures/brouillons/${id}`)).statusCode).toBe(200);
    expect((await collegue.client.post(`/api/factures/brouillons/${id}/envoi`)).statusCode).toBe(200);
  });

  it('exige une session', async () => {
    const anonyme = new Client(t.app);
    expect((await anonyme.get('/api/factures/emises?structureId=1')).statusCode).toBe(401);
    expect((await anonyme.get('/api/factures/1')).statusCode).toBe(401);
  });
});
