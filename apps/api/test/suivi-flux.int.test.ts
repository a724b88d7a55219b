import {
  FluxDeposeSchema,
  type FluxDetail,
  FluxDetailSchema,
  RechercheFluxResponseSchema,
} from '@choral/contracts';
import { LIBELLES_STATUT_FACTURE } from '@choral/domain/cycle-de-vie';
import { FORMAT_NUMERO_FLUX } from '@choral/domain/flux';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ciiFlux,
  facturXFlux,
  type PartiesFlux,
  tarGzFlux,
  zipFlux,
} from '../../../test-support/factures-flux.ts';
import { Client } from './support/client.ts';
import { attendre } from './support/cycle.ts';
import { creerUtilisateur, rattacher } from './support/factories.ts';
import {
  compterLignes,
  creerDestinataire,
  creerFournisseur,
  envoyerFormulaire,
  formulaire,
} from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let fournisseur: Awaited<ReturnType<typeof creerFournisseur>>;
let destinataire: Awaited<ReturnType<typeof creerDestinataire>>;
let numero = 0;

beforeAll(async () => {
  t = await buildTestApp();
  await t.demarrerTravailleur();
  destinataire = await creerDestinataire(t.db);
  fournisseur = await creerFournisseur(t.app, t.db);
});
afterAll(() => t.close());

function parties(extra: Partial<PartiesFlux> = {}): PartiesFlux {
  return {
    siretFournisseur: fournisseur.structure.identifiant,
    siretDestinataire: destinataire.identifiant,
    codeService: 'VOIRIE',
    numero: `SF-${Date.now()}-${++numero}`,
    ...extra,
  };
}

/** « Déposer un flux » in the portal, as the page sends it. */
function deposer(client: Client, structureId: number, syntaxe: string, nom: string, octets: Buffer) {
  return envoyerFormulaire(client, '/api/flux', { structureId, syntaxe }, { nom, octets });
}

/** Deposits a flux in the portal and waits for the end of its integration (the worker runs it). */
async function deposerEtAttendre(nom: string, octets: Buffer, syntaxe = 'IN_DP_E1_CII_16B') {
  const res = await deposer(fournisseur.client, fournisseur.structure.id, syntaxe, nom, octets);
  expect(res.statusCode, res.body).toBe(201);
  const recu = FluxDeposeSchema.parse(res.json());
  expect(recu).toMatchObject({ numero: expect.stringMatching(FORMAT_NUMERO_FLUX), syntaxe });
  const flux = await attendre(async () => {
    const lu = FluxDetailSchema.parse((await fournisseur.client.get(`/api/flux/${recu.id}`)).json());
    return lu.termine ? lu : null;
  }, 20_000);

  return { recu, flux };
}

function lister(client: Client, query: Record<string, string | number>) {
  return client.get(
    `/api/flux?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`,
  );
}

describe('Suivi des flux in the portal', () => {
  let partiel: FluxDetail;
  let integre: FluxDetail;
  let rejete: FluxDetail;

  it('uploads a .tar.gz batch of a valid and an invalid CII: IN_INTEGRE_PARTIEL, the error in French', async () => {
    const bonne = parties();
    const mauvaise = parties({ siretDestinataire: '00000000000000' });
    const lot = await tarGzFlux([
      { nom: 'valide.xml', octets: ciiFlux(bonne) },
      { nom: 'invalide.xml', octets: ciiFlux(mauvaise) },
    ]);
    const { recu, flux } = await deposerEtAttendre('lot.tar.gz', lot);
    partiel = flux;
    expect(partiel).toMatchObject({
      numero: recu.numero,
      nomFichier: 'lot.tar.gz',
      syntaxe: 'IN_DP_E1_CII_16B',
      libelleSyntaxe: 'Flux structuré (E1) — CII 16B',
      canal: 'PORTAIL',
      libelleCanal: 'Portail',
      etat: 'IN_INTEGRE_PARTIEL',
      libelleEtat: 'Intégré partiellement',
      nombreFactures: 2,
      facturesIntegrees: 1,
      facturesRejetees: 1,
      structure: { id: fournisseur.structure.id, identifiant: fournisseur.structure.identifiant },
      erreursTechniques: [],
    });
    expect(partiel.erreursDp).toEqual([
      {
        identifiantFournisseur: fournisseur.structure.identifiant,
        // Unknown to the annuaire: the invoice has no recipient.
        identifiantDestinataire: null,
        numeroDP: mauvaise.numero,
        libelleErreurDP: expect.stringMatching(/^invalide\.xml : .*destinataire/i),
      },
    ]);
    expect(partiel.factures).toHaveLength(1);
    const [integree] = partiel.factures;
    expect(integree?.numero).toBe(bonne.numero);
    expect(integree?.libelleStatut).toBe(integree && LIBELLES_STATUT_FACTURE[integree.statut]);
    // The integrated invoice is one of the structure's, which the page links to.
    const facture = await fournisseur.client.get(`/api/factures/${integree?.id}`);
    expect(facture.statusCode).toBe(200);
    expect(facture.json()).toMatchObject({ flux: { id: partiel.id, numero: partiel.numero } });
  });

  it('gives the compte rendu as a PDF to download', async () => {
    const res = await fournisseur.client.get(`/api/flux/${partiel.id}/compte-rendu`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="compte-rendu-${partiel.numero}.pdf"; filename*=UTF-8''compte-rendu-${partiel.numero}.pdf`,
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lists the structure’s flux newest first, by state and French deposit day, page by page', async () => {
    integre = (await deposerEtAttendre('facture.pdf', await facturXFlux(parties()), 'IN_DP_E2_CII_FACTURX'))
      .flux;
    const lotRejete = zipFlux([
      { nom: 'a.xml', octets: ciiFlux(parties({ siretDestinataire: '00000000000000' })) },
    ]);
    rejete = (await deposerEtAttendre('lot.zip', lotRejete)).flux;
    expect([integre.etat, rejete.etat]).toEqual(['IN_INTEGRE', 'IN_REJETE']);
    // The batch was deposited on 11 January 2026 at 00:30 in Paris (23:30 UTC the day before).
    await t.db.flux.update({
      where: { id: partiel.id },
      data: { dateDepot: new Date('2026-01-10T23:30:00Z') },
    });
    const structureId = fournisseur.structure.id;

    const tous = RechercheFluxResponseSchema.parse(
      (await lister(fournisseur.client, { structureId })).json(),
    );
    expect(tous.flux.map((f) => f.numero)).toEqual([rejete.numero, integre.numero, partiel.numero]);
    expect(tous.suivant).toBeNull();
    expect(tous.flux[0]).toMatchObject({
      nomFichier: 'lot.zip',
      etat: 'IN_REJETE',
      libelleEtat: 'Rejeté',
      termine: true,
      facturesIntegrees: 0,
      facturesRejetees: 1,
    });
    expect(tous.flux[1]).toMatchObject({
      libelleSyntaxe: 'Flux mixte (E2) — Factur-X (PDF)',
      facturesIntegrees: 1,
    });

    const numeros = async (query: Record<string, string>) =>
      RechercheFluxResponseSchema.parse(
        (await lister(fournisseur.client, { structureId, ...query })).json(),
      ).flux.map((f) => f.numero);
    expect(await numeros({ etat: 'IN_INTEGRE' })).toEqual([integre.numero]);
    expect(await numeros({ etat: 'IN_INTEGRE_PARTIEL' })).toEqual([partiel.numero]);
    expect(await numeros({ depuis: '2026-01-11', jusqua: '2026-01-11' })).toEqual([partiel.numero]);
    expect(await numeros({ jusqua: '2026-01-10' })).toEqual([]);
    expect(await numeros({ depuis: '2026-01-12' })).toEqual([rejete.numero, integre.numero]);

    const premiere = RechercheFluxResponseSchema.parse(
      (await lister(fournisseur.client, { structureId, limite: 2 })).json(),
    );
    expect(premiere.flux.map((f) => f.numero)).toEqual([rejete.numero, integre.numero]);
    expect(premiere.suivant).toBe(integre.id);
    const seconde = RechercheFluxResponseSchema.parse(
      (await lister(fournisseur.client, { structureId, limite: 2, curseur: premiere.suivant ?? 0 })).json(),
    );
    expect(seconde).toEqual({ flux: [expect.objectContaining({ numero: partiel.numero })], suivant: null });

    const invalide = await lister(fournisseur.client, { structureId, etat: 'TERMINE' });
    expect(invalide.statusCode).toBe(400);
  });

  it('refuses a syntax Chorus Pro does not know, or a file its syntax does not announce, in French; nothing is written', async () => {
    const avant = { lignes: await compterLignes(t.db), flux: await t.db.flux.count() };
    const { id: structureId } = fournisseur.structure;

    const syntaxe = await deposer(
      fournisseur.client,
      structureId,
      'IN_DP_E1_CII_FACTURX',
      'f.xml',
      ciiFlux(parties()),
    );
    expect(syntaxe.statusCode).toBe(400);
    expect(syntaxe.json().detail).toMatch(
      /^Syntaxe de flux inconnue : IN_DP_E1_CII_FACTURX\. Syntaxes acceptées : /,
    );
    const pdf = await deposer(
      fournisseur.client,
      structureId,
      'IN_DP_E1_CII_16B',
      'f.pdf',
      await facturXFlux(parties()),
    );
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().detail).toMatch(/« f\.pdf » n’est pas un XML/);
    const vide = await deposer(fournisseur.client, structureId, 'IN_DP_E1_CII_16B', 'f.xml', Buffer.alloc(0));
    expect(vide.statusCode).toBe(400);
    expect(vide.json().detail).toBe('Le fichier du flux est vide.');
    const sansSyntaxe = await deposer(fournisseur.client, structureId, '', 'f.xml', ciiFlux(parties()));
    expect(sansSyntaxe.statusCode).toBe(400);
    expect(sansSyntaxe.json().errors).toEqual([
      { pointer: '/syntaxe', detail: 'Choisissez la syntaxe du flux.' },
    ]);

    expect({ lignes: await compterLignes(t.db), flux: await t.db.flux.count() }).toEqual(avant);
  });

  it('another structure’s member gets 404 and sees none of its flux; nothing is written', async () => {
    const autre = await creerFournisseur(t.app, t.db);
    const avant = { lignes: await compterLignes(t.db), flux: await t.db.flux.count() };
    const reponses = await Promise.all([
      lister(autre.client, { structureId: fournisseur.structure.id }),
      autre.client.get(`/api/flux/${partiel.id}`),
      autre.client.get(`/api/flux/${partiel.id}/compte-rendu`),
      deposer(autre.client, fournisseur.structure.id, 'IN_DP_E1_CII_16B', 'f.xml', ciiFlux(parties())),
    ]);
    expect(reponses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    const siens = RechercheFluxResponseSchema.parse(
      (await lister(autre.client, { structureId: autre.structure.id })).json(),
    );
    expect(siens).toEqual({ flux: [], suivant: null });
    expect({ lignes: await compterLignes(t.db), flux: await t.db.flux.count() }).toEqual(avant);
  });

  it('a member without the Factures émises habilitation gets 403; nothing is written', async () => {
    const membre = await creerUtilisateur(t.db);
    await rattacher(t.db, membre.id, fournisseur.structure.id, 'UTILISATEUR', ['FACTURES_RECUES']);
    const client = await new Client(t.app).login(membre.email);
    const avant = { lignes: await compterLignes(t.db), flux: await t.db.flux.count() };
    const reponses = await Promise.all([
      lister(client, { structureId: fournisseur.structure.id }),
      client.get(`/api/flux/${partiel.id}`),
      client.get(`/api/flux/${partiel.id}/compte-rendu`),
      deposer(client, fournisseur.structure.id, 'IN_DP_E1_CII_16B', 'f.xml', ciiFlux(parties())),
    ]);
    expect(reponses.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    expect(reponses[0]?.json().detail).toMatch(/habilitation « Factures émises »/);
    expect({ lignes: await compterLignes(t.db), flux: await t.db.flux.count() }).toEqual(avant);
  });

  it('is reserved to signed-in users, and a deposit needs the CSRF token', async () => {
    const anonyme = new Client(t.app);
    expect((await lister(anonyme, { structureId: fournisseur.structure.id })).statusCode).toBe(401);
    const { payload, headers } = formulaire(
      { structureId: fournisseur.structure.id, syntaxe: 'IN_DP_E1_CII_16B' },
      { nom: 'f.xml', octets: ciiFlux(parties()) },
    );
    const avant = await t.db.flux.count();
    const sansJeton = await fournisseur.client.request('POST', '/api/flux', payload, {
      ...headers,
      'x-csrf-token': 'jeton-d-un-autre-site',
    });
    expect(sansJeton.statusCode).toBe(403);
    expect(sansJeton.json().detail).toMatch(/CSRF/);
    expect(await t.db.flux.count()).toBe(avant);
  });
});
