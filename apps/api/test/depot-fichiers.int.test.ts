import {
  ConfirmationDepotSchema,
  type Facture,
  FactureSchema,
  FacturesEmisesResponseSchema,
} from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fichierCorpus, testsDuCorpusIgnores } from '../../../test-support/corpus.ts';
import type { Client } from './support/client.ts';
import { compterLignes, creerDestinataire, creerFournisseur, envoyerFormulaire } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const SANS_CORPUS = testsDuCorpusIgnores('les dépôts de fichiers du corpus');

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function deposer(client: Client, structureId: number, chemin: string): Promise<Facture> {
  const nom = chemin.split('/').pop() ?? chemin;
  const res = await envoyerFormulaire(
    client,
    '/api/factures/brouillons/depot',
    { structureId, cadre: 'A1' },
    { nom, octets: fichierCorpus(chemin) },
  );
  expect(res.statusCode, res.body).toBe(201);

  return FactureSchema.parse(res.json());
}

async function envoyer(client: Client, id: number) {
  const res = await client.post(`/api/factures/brouillons/${id}/envoi`);
  expect(res.statusCode, res.body).toBe(200);

  return ConfirmationDepotSchema.parse(res.json());
}

describe.skipIf(SANS_CORPUS)('Déposer une facture du corpus', () => {
  it('Factur-X : brouillon pré-rempli (destinataire reconnu par son SIRET), puis DEPOSEE', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db, '99999999800010');
    const destinataire = await creerDestinataire(t.db, '78787878400035');

    const brouillon = await deposer(client, structure.id, 'facturx/Facture_FR_EN16931.pdf');
    expect(brouillon).toMatchObject({
      statut: 'BROUILLON',
      mode: 'DEPOT',
      formatOrigine: 'factur-x',
      profil: 'EN 16931',
      identification: { numero: 'FA-2017-0010', dateFacture: '2017-11-13', type: 'FACTURE', devise: 'EUR' },
      destinataire: { identifiant: '78787878400035', raisonSociale: destinataire.raisonSociale },
      references: { numeroEngagement: 'PO445' },
      montants: { montantHt: '624.90', montantTva: '46.25', montantTtc: '671.15', montantAPayer: '470.15' },
    });
    expect(brouillon.documents).toEqual([
      expect.objectContaining({
        role: 'ORIGINAL',
        nom: 'Facture_FR_EN16931.pdf',
        typeMime: 'application/pdf',
      }),
    ]);
    expect(brouillon.constats.filter((c) => c.severite === 'erreur')).toEqual([]);

    const confirmation = await envoyer(client, brouillon.id);
    expect(confirmation).toMatchObject({ statut: 'DEPOSEE', numero: 'FA-2017-0010', montantTtc: '671.15' });
    const original = await client.get(
      `/api/factures/${brouillon.id}/documents/${brouillon.documents[0]?.id}`,
    );
    expect(original.rawPayload.equals(fichierCorpus('facturx/Facture_FR_EN16931.pdf'))).toBe(true);
  });

  it('UBL : le vendeur nommé par SIREN + SIRET, le destinataire choisi dans l’annuaire', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db, '99999999800019');
    const destinataire = await creerDestinataire(t.db);
    const brouillon = await deposer(client, structure.id, 'ubl/ubl-21-en16931.xml');
    expect(brouillon).toMatchObject({
      formatOrigine: 'ubl-invoice',
      identification: { numero: 'F124212', dateFacture: '2026-06-17' },
      destinataire: { identifiant: null },
      montants: { montantHt: '273.00', montantTva: '35.03', montantTtc: '308.03', montantAPayer: '208.03' },
    });

    const { id, documents, constats, ...reste } = brouillon;
    const modification = await client.put(`/api/factures/brouillons/${id}`, {
      cadre: reste.cadre,
      identification: reste.identification,
      destinataire: { identifiant: destinataire.identifiant, codeService: 'ECOLES' },
      references: reste.references,
      montants: reste.montants,
      recapitulatifTva: reste.recapitulatifTva,
    });
    expect(modification.statusCode, modification.body).toBe(200);
    expect(await envoyer(client, id)).toMatchObject({
      montantTtc: '308.03',
      destinataire: { identifiant: destinataire.identifiant, codeService: 'ECOLES' },
    });
  });

  it('CII : code service et engagement repris du document', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db, '12345678200077');
    const destinataire = await creerDestinataire(t.db, '98765432100017');
    await t.db.structure.update({ where: { id: destinataire.id }, data: { identifiant: '987654321' } });
    await t.db.service.create({
      data: { structureId: destinataire.id, code: 'SERVEXEC', libelle: 'Exécution' },
    });

    const brouillon = await deposer(client, structure.id, 'cii/factur-x-en16931.xml');
    expect(brouillon).toMatchObject({
      formatOrigine: 'cii',
      destinataire: { identifiant: '987654321', codeService: 'SERVEXEC' },
      references: { numeroEngagement: 'PO201925478' },
      montants: { montantHt: '100.00', montantTva: '4.90', montantTtc: '104.90', montantAPayer: '104.90' },
    });
    expect(brouillon.documents[0]?.typeMime).toBe('application/xml');
    expect((await envoyer(client, brouillon.id)).statut).toBe('DEPOSEE');
  });

  it('PDF simple : rien de pré-rempli, champs saisis à côté de l’aperçu, puis DEPOSEE', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const brouillon = await deposer(client, structure.id, 'pdf/akretion_france-test.pdf');
    expect(brouillon).toMatchObject({
      formatOrigine: 'pdf-simple',
      profil: null,
      identification: { numero: null },
      montants: { montantTtc: null },
      constats: [],
    });
    const apercu = await client.get(
      `/api/factures/${brouillon.id}/documents/${brouillon.documents[0]?.id}?disposition=inline`,
    );
    expect(apercu.headers['content-disposition']).toMatch(/^inline; /);

    const saisie = await client.put(`/api/factures/brouillons/${brouillon.id}`, {
      identification: { numero: 'PDF-001', dateFacture: '2026-03-01' },
      destinataire: { identifiant: destinataire.identifiant },
      montants: { montantHt: '1000', montantTva: '200', montantTtc: '1200', montantAPayer: '1200' },
      recapitulatifTva: [{ taux: '20', baseHt: '1000', montantTva: '200' }],
    });
    expect(saisie.statusCode, saisie.body).toBe(200);
    await envoyer(client, brouillon.id);

    const { factures } = FacturesEmisesResponseSchema.parse(
      (await client.get(`/api/factures/emises?structureId=${structure.id}`)).json(),
    );
    expect(factures).toEqual([
      expect.objectContaining({ numero: 'PDF-001', montantTtc: '1200.00', statut: 'DEPOSEE' }),
    ]);
  });
});

describe('Fichiers refusés, sans rien enregistrer', () => {
  const cas: [string, { nom: string; octets: string | Buffer }, number, string][] = [
    ['une extension refusée', { nom: 'facture.docx', octets: 'x' }, 415, 'EXTENSION_REFUSEE'],
    ['un contenu ni PDF ni XML', { nom: 'facture.pdf', octets: 'bonjour' }, 415, 'FORMAT_NON_RECONNU'],
    ['un XML qui n’est pas une facture', { nom: 'f.xml', octets: '<commande/>' }, 415, 'FORMAT_NON_RECONNU'],
    ['un fichier vide', { nom: 'facture.xml', octets: '' }, 422, 'FICHIER_VIDE'],
    [
      'un XML hostile (entités)',
      {
        nom: 'bombe.xml',
        octets:
          '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><Invoice>&b;</Invoice>',
      },
      422,
      'XML_DANGEREUX',
    ],
    [
      'un PDF tronqué',
      { nom: 'f.pdf', octets: '%PDF-1.7\n1 0 obj << /Type /Catalog' },
      422,
      'FICHIER_CORROMPU',
    ],
  ];
  it.each(cas)('refuse %s', async (_cas, fichier, statut, code) => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const avant = await compterLignes(t.db);

    const res = await envoyerFormulaire(
      client,
      '/api/factures/brouillons/depot',
      { structureId: structure.id },
      fichier,
    );

    expect(res.statusCode, res.body).toBe(statut);
    expect(res.json()).toMatchObject({ code, errors: [{ pointer: '/fichier' }] });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(await compterLignes(t.db)).toEqual(avant);
  });

  it('refuse un fichier de plus de 120 Mo en 413', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const avant = await compterLignes(t.db);
    const res = await envoyerFormulaire(
      client,
      '/api/factures/brouillons/depot',
      { structureId: structure.id },
      { nom: 'enorme.pdf', octets: Buffer.alloc(120 * 1024 * 1024 + 1, 0x20) },
    );

    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FICHIER_TROP_VOLUMINEUX');
    expect(await compterLignes(t.db)).toEqual(avant);
  });

  it('refuse une requête sans fichier ou qui n’est pas multipart', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const sans = await envoyerFormulaire(client, '/api/factures/brouillons/depot', {
      structureId: structure.id,
    });
    expect(sans.statusCode).toBe(400);
    expect(sans.json().code).toBe('FICHIER_ABSENT');
    const json = await client.post('/api/factures/brouillons/depot', { structureId: structure.id });
    expect(json.statusCode).toBe(415);
  });
});

describe('Pièces jointes complémentaires', () => {
  async function brouillon() {
    const f = await creerFournisseur(t.app, t.db);
    const { id } = (await f.client.post('/api/factures/brouillons', { structureId: f.structure.id })).json();

    return { ...f, url: `/api/factures/brouillons/${id}/pieces-jointes`, id: id as number };
  }

  it('ajoute, télécharge et retire une pièce jointe typée', async () => {
    const { client, url, id } = await brouillon();
    const res = await envoyerFormulaire(
      client,
      url,
      { designation: 'Bon de commande n° 42', type: 'BON_DE_COMMANDE' },
      { nom: 'bon-commande.txt', octets: 'commande 42' },
    );
    expect(res.statusCode, res.body).toBe(201);
    const [piece] = FactureSchema.parse(res.json()).documents;
    expect(piece).toMatchObject({
      role: 'PIECE_JOINTE',
      nom: 'bon-commande.txt',
      typeMime: 'text/plain',
      taille: 11,
      designation: 'Bon de commande n° 42',
      typePieceJointe: 'BON_DE_COMMANDE',
    });
    const telechargement = await client.get(`/api/factures/${id}/documents/${piece?.id}`);
    expect(telechargement.body).toBe('commande 42');
    expect(telechargement.headers['content-disposition']).toBe(
      'attachment; filename="bon-commande.txt"; filename*=UTF-8\'\'bon-commande.txt',
    );

    const avant = await compterLignes(t.db);
    const retrait = await client.delete(`${url}/${piece?.id}`);
    expect(retrait.statusCode).toBe(200);
    expect(FactureSchema.parse(retrait.json()).documents).toEqual([]);
    expect(await compterLignes(t.db)).toMatchObject({
      documents: avant.documents - 1,
      contenus: avant.contenus,
    });
    // Its bytes go with the next collection of orphans.
    await t.ctx.stockage.ramasserOrphelins(new Date(Date.now() + 1000));
    expect(await t.db.contenuDocument.findUnique({ where: { sha256: piece?.sha256 } })).toBeNull();
    expect(await compterLignes(t.db)).toMatchObject({ contenus: avant.contenus - 1 });
  });

  const refus: [string, Record<string, string>, { nom: string; octets: string | Buffer }, number, string][] =
    [
      [
        'une extension hors liste',
        { designation: 'x', type: 'AUTRE' },
        { nom: 'script.exe', octets: 'x' },
        415,
        'EXTENSION_REFUSEE',
      ],
      [
        'un nom sans extension',
        { designation: 'x', type: 'AUTRE' },
        { nom: 'sans-extension', octets: 'x' },
        415,
        'EXTENSION_ABSENTE',
      ],
      [
        'un nom de plus de 50 caractères',
        { designation: 'x', type: 'AUTRE' },
        { nom: `${'n'.repeat(47)}.txt`, octets: 'x' },
        422,
        'NOM_FICHIER_TROP_LONG',
      ],
      [
        'un fichier vide',
        { designation: 'x', type: 'AUTRE' },
        { nom: 'vide.txt', octets: '' },
        422,
        'FICHIER_VIDE',
      ],
      [
        'un fichier de 10 Mo',
        { designation: 'x', type: 'AUTRE' },
        { nom: 'gros.txt', octets: Buffer.alloc(10 * 1024 * 1024) },
        413,
        'FICHIER_TROP_VOLUMINEUX',
      ],
      ['une désignation absente', { type: 'AUTRE' }, { nom: 'a.txt', octets: 'x' }, 400, 'REQUETE_INVALIDE'],
      [
        'un type inconnu',
        { designation: 'x', type: 'PHOTO' },
        { nom: 'a.txt', octets: 'x' },
        400,
        'REQUETE_INVALIDE',
      ],
    ];
  it.each(refus)('refuse %s', async (_cas, champs, fichier, statut, code) => {
    const { client, url } = await brouillon();
    const avant = await compterLignes(t.db);

    const res = await envoyerFormulaire(client, url, champs, fichier);

    expect(res.statusCode, res.body).toBe(statut);
    expect(res.json().code).toBe(code);
    expect(await compterLignes(t.db)).toEqual(avant);
  });

  it('accepte un nom de 50 caractères exactement et refuse de dépasser 120 Mo au total', async () => {
    const { client, url, id } = await brouillon();
    const piece = { designation: 'Annexe', type: 'JUSTIFICATIF' };
    const res = await envoyerFormulaire(client, url, piece, { nom: `${'n'.repeat(46)}.txt`, octets: 'x' });
    expect(res.statusCode).toBe(201);
    // Twelve attachments just under 10 MB exceed 120 MB with the previous ones.
    const presqueDixMo = Buffer.alloc(10 * 1024 * 1024 - 1, 0x41);
    for (let i = 0; i < 12; i++) {
      expect(
        (await envoyerFormulaire(client, url, piece, { nom: `p${i}.txt`, octets: presqueDixMo })).statusCode,
      ).toBe(201);
    }
    const avant = await compterLignes(t.db);
    const trop = await envoyerFormulaire(client, url, piece, { nom: 'derniere.txt', octets: presqueDixMo });
    expect(trop.statusCode).toBe(413);
    expect(trop.json().code).toBe('TAILLE_TOTALE_DEPASSEE');
    expect(await compterLignes(t.db)).toEqual(avant);
    expect((await client.get(`/api/factures/${id}`)).json().documents).toHaveLength(13);
  });
});
