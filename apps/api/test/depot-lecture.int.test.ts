import { ProblemSchema } from '@choral/contracts';
import { ecrireCii } from '@choral/formats';
import {
  factureExemple,
  factureVolumineuse,
  pdfBombePieceJointe,
  pdfBombeStructure,
} from '@choral/formats/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creerLecteurFactures } from '../src/documents/lecteur-factures.ts';
import type { Client } from './support/client.ts';
import { compterLignes, creerFournisseur, envoyerFormulaire } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

const MO = 1024 * 1024;
const CII = Buffer.from(ecrireCii(factureExemple()));

function deposer(client: Client, structureId: number, nom: string, octets: Uint8Array) {
  return envoyerFormulaire(
    client,
    '/api/factures/brouillons/depot',
    { structureId, cadre: 'A1' },
    { nom, octets: Buffer.from(octets) },
  );
}

/** Runs `action` while sampling the process's resident memory; returns the peak growth (MB). */
async function picMemoire<T>(action: () => Promise<T>): Promise<{ resultat: T; hausseMo: number }> {
  const depart = process.memoryUsage.rss();
  let pic = depart;
  const echantillons = setInterval(() => {
    pic = Math.max(pic, process.memoryUsage.rss());
  }, 5);
  try {
    const resultat = await action();
    pic = Math.max(pic, process.memoryUsage.rss());
    return { resultat, hausseMo: (pic - depart) / MO };
  } finally {
    clearInterval(echantillons);
  }
}

describe('Lecture des fichiers déposés : bombes de décompression', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['flux d’objets', () => pdfBombeStructure(1024), /structure du PDF/],
    ['pièce jointe factur-x.xml', () => pdfBombePieceJointe(1024), /décompressé/],
  ])(
    'trois PDF de 1 Mo qui gonflent à 1 Go (%s), déposés en même temps : refusés vite, mémoire bornée',
    async (_, bombe, motif) => {
      const { structure, client } = await creerFournisseur(t.app, t.db);
      // Warm threads first: the baseline is the portal at rest, ready to read.
      expect((await deposer(client, structure.id, 'facture.xml', CII)).statusCode).toBe(201);
      const pdf = bombe();
      expect(pdf.length).toBeLessThan(1.1 * MO);
      const avant = await compterLignes(t.db);

      const debut = performance.now();
      const { resultat: reponses, hausseMo } = await picMemoire(() =>
        Promise.all([1, 2, 3].map((i) => deposer(client, structure.id, `bombe-${i}.pdf`, pdf))),
      );

      for (const res of reponses) {
        expect(res.statusCode, res.body).toBe(413);
        const probleme = ProblemSchema.parse(res.json());
        expect(probleme).toMatchObject({
          code: 'FICHIER_TROP_VOLUMINEUX',
          detail: expect.stringMatching(motif),
        });
      }
      expect(performance.now() - debut).toBeLessThan(10_000);
      expect(hausseMo).toBeLessThan(300);
      expect(await compterLignes(t.db)).toEqual(avant);
    },
  );

  it('un CII valide de 17 Mo est déposé', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const cii = Buffer.from(ecrireCii(factureVolumineuse(13_000)));
    expect(cii.length).toBeGreaterThan(16.5 * MO);
    const res = await deposer(client, structure.id, 'grosse-facture.xml', cii);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ formatOrigine: 'cii', statut: 'BROUILLON' });
  }, 60_000);
});

describe('Lecture des fichiers déposés : portail saturé', () => {
  // One thread and no waiting room: a read held by the test fills the pool.
  const lecteur = creerLecteurFactures({ threads: 1, attenteMax: 0 });
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(undefined, { lecteurFactures: lecteur });
  });
  afterAll(() => t.close());

  it('file pleine : 503 avec Retry-After et un message clair, rien créé ; le dépôt passe ensuite', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const avant = await compterLignes(t.db);
    const occupe = lecteur.lire(Buffer.from(ecrireCii(factureVolumineuse(2000))));

    const res = await deposer(client, structure.id, 'facture.xml', CII);
    expect(res.statusCode, res.body).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(ProblemSchema.parse(res.json())).toMatchObject({
      status: 503,
      title: 'Service momentanément indisponible',
      code: 'LECTURE_SATUREE',
      detail: expect.stringMatching(/réessayez dans quelques secondes/),
    });
    expect(await compterLignes(t.db)).toEqual(avant);

    expect((await occupe).ok).toBe(true);
    expect((await deposer(client, structure.id, 'facture.xml', CII)).statusCode).toBe(201);
  });
});
