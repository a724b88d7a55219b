import { ProblemSchema } from '@choral/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './support/client.ts';
import {
  compterLignes,
  creerDestinataire,
  creerFournisseur,
  envoyerFormulaire,
  saisieComplete,
} from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

// Ids no row can have (PostgreSQL `integer` stops at 2³¹−1) or that are no id at all.
const IDS_HOSTILES = ['2147483648', '9223372036854775808', '1e20', '0', '-1', '1.5', 'abc', '%00', '1%00'];
const TROP_GRAND = 2_147_483_648;
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

let t: TestApp;
let fournisseur: Awaited<ReturnType<typeof creerFournisseur>>;
let destinataire: Awaited<ReturnType<typeof creerDestinataire>>;
beforeAll(async () => {
  t = await buildTestApp();
  fournisseur = await creerFournisseur(t.app, t.db);
  destinataire = await creerDestinataire(t.db);
});
afterAll(() => t.close());

/**
 * A refusal of a bad id: 404, or 400 pointing at the id (not at some other field that would
 * make the case pass for the wrong reason). Never a 5xx.
 */
function refusProprement(res: LightMyRequestResponse, quoi: string) {
  expect([400, 404], `${quoi} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
  const probleme = ProblemSchema.parse(res.json());
  if (res.statusCode === 404) return;
  const pointeurs = (probleme.errors ?? []).map((e) => e.pointer);
  expect(
    pointeurs.some((p) => /(id|Id|ids|Ids|curseur|avant)(\/\d+)?$/.test(p)),
    `${quoi} → ${res.body}`,
  ).toBe(true);
}

/** A refusal of a NUL byte or a bad file name: 400 saying so. */
function refusCaractere(res: LightMyRequestResponse, quoi: string, codes = ['CARACTERE_NUL']) {
  expect(res.statusCode, `${quoi} → ${res.body}`).toBe(400);
  expect(codes, `${quoi} → ${res.body}`).toContain(ProblemSchema.parse(res.json()).code);
}

interface Operation {
  methode: 'GET' | 'POST' | 'PUT' | 'DELETE';
  chemin: string;
  parametres: { in: string; name: string }[];
}

/** Every API operation, read from the OpenAPI document: a route added later is covered too. */
function operations(): Operation[] {
  const doc = t.app.swagger() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  };

  return Object.entries(doc.paths).flatMap(([chemin, methodes]) =>
    Object.entries(methodes).map(([methode, op]) => ({
      methode: methode.toUpperCase() as Operation['methode'],
      chemin,
      parametres: op.parameters ?? [],
    })),
  );
}

function envoyer(client: Client, methode: Operation['methode'], url: string, corps?: unknown) {
  return client.request(methode, url, methode === 'GET' || methode === 'DELETE' ? undefined : (corps ?? {}));
}

function curseur(contenu: unknown[]): string {
  return Buffer.from(JSON.stringify(contenu)).toString('base64url');
}

describe('Identifiants hostiles : 400 ou 404, jamais 500', () => {
  it('in every path parameter of every route', async () => {
    const avecParametres = operations().filter((op) => op.chemin.includes('{'));
    expect(avecParametres.length).toBeGreaterThanOrEqual(20);
    for (const op of avecParametres) {
      for (const id of IDS_HOSTILES) {
        const url = op.chemin.replaceAll(/\{\w+\}/g, id);
        refusProprement(await envoyer(fournisseur.client, op.methode, url), `${op.methode} ${url}`);
      }
    }
  });

  it('in every id of a query string', async () => {
    const requetes = operations().flatMap((op) =>
      op.parametres
        .filter((p) => p.in === 'query' && (/Id$/.test(p.name) || p.name === 'avant'))
        .map((p) => ({ ...op, nom: p.name })),
    );
    expect(requetes.map((r) => `${r.chemin}?${r.nom}`)).toEqual(
      expect.arrayContaining(['/api/factures/recues?structureId', '/api/notifications?avant']),
    );
    for (const { methode, chemin, nom } of requetes) {
      for (const id of IDS_HOSTILES) {
        const url = `${chemin}?structureId=${fournisseur.structure.id}&${nom}=${id}`;
        refusProprement(await envoyer(fournisseur.client, methode, url), `${methode} ${url}`);
      }
    }
  });

  it('in every id of a body, a multipart field or a paging cursor', async () => {
    const s = fournisseur.structure.id;
    const cas: [Operation['methode'], string, unknown][] = [
      ['POST', '/api/factures/brouillons', saisieComplete(TROP_GRAND, destinataire.identifiant)],
      ['POST', '/api/demandes-rattachement', { structureId: TROP_GRAND }],
      ['POST', '/api/demandes-rattachement', { structureId: destinataire.id, serviceIds: [TROP_GRAND] }],
      ['POST', '/api/approbations/decision', { ids: [TROP_GRAND], decision: 'APPROUVER' }],
      ['POST', '/api/factures/actions', { ids: [TROP_GRAND], action: 'SUSPENDRE', motif: 'Pièce manquante' }],
      ['POST', '/api/notifications/lues', { ids: [TROP_GRAND] }],
      ['POST', `/api/structures/${s}/utilisateurs`, { email: 'x@exemple.fr', serviceIds: [TROP_GRAND] }],
      [
        'PUT',
        `/api/structures/${s}/utilisateurs/${fournisseur.utilisateur.id}`,
        { role: 'UTILISATEUR', serviceIds: [TROP_GRAND] },
      ],
      ['POST', `/api/structures/${s}/transfert-principal`, { utilisateurId: TROP_GRAND }],
      [
        'GET',
        `/api/factures/emises?structureId=${s}&curseur=${curseur(['dateDepot', 'desc', null, TROP_GRAND])}`,
        undefined,
      ],
    ];
    for (const [methode, url, corps] of cas) {
      refusProprement(await envoyer(fournisseur.client, methode, url, corps), `${methode} ${url}`);
    }
    const depot = await envoyerFormulaire(
      fournisseur.client,
      '/api/factures/brouillons/depot',
      { structureId: TROP_GRAND },
      { nom: 'f.pdf', octets: PDF },
    );
    refusProprement(depot, 'dépôt, structureId trop grand');
  });
});

describe('Caractère nul et noms de fichier hostiles : 400, rien d’écrit', () => {
  it('refuses NUL in bodies, query strings, multipart fields, file names and cursors', async () => {
    const s = fournisseur.structure.id;
    const client = fournisseur.client;
    const brouillon = await client.post(
      '/api/factures/brouillons',
      saisieComplete(s, destinataire.identifiant),
    );
    expect(brouillon.statusCode, brouillon.body).toBe(201);
    const pieces = `/api/factures/brouillons/${brouillon.json().id}/pieces-jointes`;
    const avant = await compterLignes(t.db);

    const json: [Operation['methode'], string, unknown][] = [
      ['POST', '/api/session', { email: 'a\u0000@exemple.fr', motDePasse: 'x' }],
      [
        'POST',
        '/api/comptes',
        { email: 'nul@exemple.fr', nom: 'A\u0000', prenom: 'B', telephone: '0102030405' },
      ],
      ['POST', '/api/factures/brouillons', saisieComplete(s, destinataire.identifiant, 'F\u00001')],
      ['GET', `/api/factures/emises?structureId=${s}&numero=%00`, undefined],
      ['GET', '/api/structures/recherche?q=ab%00', undefined],
      ['GET', '/api/annuaire?q=%00', undefined],
    ];
    for (const [methode, url, corps] of json) {
      refusCaractere(await envoyer(client, methode, url, corps), `${methode} ${url}`);
    }
    // Encoded in a cursor, the NUL reaches the database, which refuses it: still a 400.
    const url = `/api/factures/emises?structureId=${s}&tri=numero&curseur=${curseur(['numero', 'desc', 'A\u0000', 1])}`;
    refusCaractere(await client.get(url), url, ['VALEUR_INVALIDE']);

    const formulaires: [string, Record<string, string | number>, string, string][] = [
      ['/api/factures/brouillons/depot', { structureId: s }, 'fac\u0000ture.pdf', 'REQUETE_INVALIDE'],
      ['/api/factures/brouillons/depot', { structureId: s }, 'fac\u001bture.pdf', 'REQUETE_INVALIDE'],
      ['/api/factures/brouillons/depot', { structureId: s }, `${'a'.repeat(300)}.pdf`, 'REQUETE_INVALIDE'],
      [
        '/api/factures/brouillons/depot',
        { structureId: s, cadre: 'A1\u0000' },
        'facture.pdf',
        'CARACTERE_NUL',
      ],
      [pieces, { designation: 'Bon\u0000', type: 'BON_DE_COMMANDE' }, 'bon.pdf', 'CARACTERE_NUL'],
      [pieces, { designation: 'Bon', type: 'BON_DE_COMMANDE' }, 'b\u0000n.pdf', 'REQUETE_INVALIDE'],
    ];
    for (const [url, champs, nom, code] of formulaires) {
      const res = await envoyerFormulaire(client, url, champs, { nom, octets: PDF, type: 'application/pdf' });
      refusCaractere(res, `${url} ${JSON.stringify(champs)} ${JSON.stringify(nom)}`, [code]);
      if (code === 'REQUETE_INVALIDE')
        expect(res.json().errors).toEqual([expect.objectContaining({ pointer: '/fichier' })]);
    }
    expect(await compterLignes(t.db)).toEqual(avant);
  });
});
