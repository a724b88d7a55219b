import { RechercheFacturesResponseSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './support/client.ts';
import { type creerParties, creerPartiesEtFacturesRecues } from './support/cycle.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let parties: Awaited<ReturnType<typeof creerParties>>;
const NOMBRE = 130;

beforeAll(async () => {
  t = await buildTestApp();
  parties = await creerPartiesEtFacturesRecues(t.app, t.db, NOMBRE);
});
afterAll(() => t.close());

async function rechercher(client: Client, url: string) {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);

  return RechercheFacturesResponseSchema.parse(res.json());
}

/** Every page of a search, following `suivant`. */
async function toutesLesPages(client: Client, url: string): Promise<number[]> {
  const ids: number[] = [];
  let curseur: string | null = null;
  for (let page = 0; page < 50; page++) {
    const suite: string = curseur ? `&curseur=${encodeURIComponent(curseur)}` : '';
    const resultat = await rechercher(client, `${url}${suite}`);
    ids.push(...resultat.factures.map((f) => f.id));
    curseur = resultat.suivant;
    if (!curseur) return ids;
  }
  throw new Error('Trop de pages');
}

describe('Rechercher et exporter les factures', () => {
  it('pagine par curseur sans doublon ni manque, dans chaque tri et chaque sens', async () => {
    const base = `/api/factures/recues?structureId=${parties.destinataire.id}&limite=17`;
    const attendus = (
      await t.db.facture.findMany({
        where: { destinataireId: parties.destinataire.id },
        select: { id: true },
      })
    )
      .map((f) => f.id)
      .sort((a, b) => a - b);
    for (const tri of ['dateDepot', 'montantTtc', 'numero', 'dateFacture']) {
      for (const ordre of ['asc', 'desc']) {
        const ids = await toutesLesPages(parties.agent.client, `${base}&tri=${tri}&ordre=${ordre}`);
        expect(new Set(ids).size, `${tri} ${ordre}`).toBe(ids.length);
        expect(
          [...ids].sort((a, b) => a - b),
          `${tri} ${ordre}`,
        ).toEqual(attendus);
      }
    }
    const parDate = await rechercher(parties.agent.client, `${base}&tri=dateDepot&ordre=desc`);
    const dates = parDate.factures.map((f) => f.dateDepot ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    // The supplier's list also holds drafts, whose sort values are missing: they still come once.
    const f = parties.fournisseur;
    await t.db.facture.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        cadre: 'A1',
        mode: 'SAISIE' as const,
        fournisseurId: f.structure.id,
        numero: i % 2 === 0 ? null : `B-${i}`,
        creeParId: f.utilisateur.id,
        modifieParId: f.utilisateur.id,
      })),
    });
    const emises = (
      await t.db.facture.findMany({ where: { fournisseurId: f.structure.id }, select: { id: true } })
    )
      .map((x) => x.id)
      .sort((a, b) => a - b);
    for (const tri of ['dateDepot', 'montantTtc', 'numero', 'dateMiseADisposition']) {
      for (const ordre of ['asc', 'desc']) {
        const url = `/api/factures/emises?structureId=${f.structure.id}&limite=17&tri=${tri}&ordre=${ordre}`;
        const ids = await toutesLesPages(f.client, url);
        expect(
          [...ids].sort((a, b) => a - b),
          `émises ${tri} ${ordre}`,
        ).toEqual(emises);
      }
    }

    const mauvais = await parties.agent.client.get(`${base}&tri=numero&curseur=${parDate.suivant}`);
    expect(mauvais.statusCode).toBe(400);
    expect(mauvais.json()).toMatchObject({ code: 'CURSEUR_INVALIDE' });
  });

  it('filtre par statut, numéro, fournisseur, service, dates et montants, avec les compteurs par statut', async () => {
    const base = `/api/factures/recues?structureId=${parties.destinataire.id}`;
    const client = parties.agent.client;
    const serviceFait = await rechercher(client, `${base}&statut=SERVICE_FAIT&limite=500`);
    expect(serviceFait.factures).toHaveLength(Math.ceil(NOMBRE / 4));
    expect(serviceFait.compteurs.filter((c) => c.nombre > 0)).toEqual([
      expect.objectContaining({
        statut: 'MISE_A_DISPOSITION',
        nombre: NOMBRE - Math.ceil(NOMBRE / 4),
        plafonne: false,
      }),
      expect.objectContaining({ statut: 'SERVICE_FAIT', nombre: Math.ceil(NOMBRE / 4) }),
    ]);
    expect((await rechercher(client, `${base}&numero=R-001`)).factures.map((f) => f.numero).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `R-001${i}`),
    );
    const nom = parties.fournisseur.structure.raisonSociale.slice(0, 14).toLowerCase();
    expect(
      (await rechercher(client, `${base}&fournisseur=${encodeURIComponent(nom)}&limite=1`)).factures,
    ).toHaveLength(1);
    expect((await rechercher(client, `${base}&fournisseur=inconnu`)).factures).toEqual([]);
    expect((await rechercher(client, `${base}&codeService=ECOLES`)).factures).toEqual([]);
    expect((await rechercher(client, `${base}&montantMin=1000.5&montantMax=1002.5`)).factures).toHaveLength(
      3,
    );
    // Deposits every hour from 1 March 2026 10:00 UTC (11:00 in Paris), three at a time.
    expect(
      (await rechercher(client, `${base}&dateDepotMin=2026-03-01&dateDepotMax=2026-03-01&limite=500`))
        .factures,
    ).toHaveLength(13 * 3);
    expect((await rechercher(client, `${base}&dateFactureMax=2026-02-14`)).factures).toEqual([]);
    expect(
      (await rechercher(client, `${base}&dateMiseADispositionMin=2026-03-02&limite=500`)).factures.length,
    ).toBe(NOMBRE - 13 * 3);
  });

  it('exporte le résultat en CSV tableur (BOM, « ; », virgule décimale, guillemets), en flux', async () => {
    const res = await parties.agent.client.get(
      `/api/factures/recues/export.csv?structureId=${parties.destinataire.id}&tri=numero&ordre=asc`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="factures-recues-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const texte = res.rawPayload.toString('utf8');
    expect(texte.startsWith('\uFEFF"Numéro de facture";"Numéro Chorus";')).toBe(true);
    const lignes = texte.trimEnd().split('\r\n');
    expect(lignes).toHaveLength(NOMBRE + 1);
    expect(lignes[1]).toBe(
      `"R-0000";"CHO-T-R-0";"Facture";"A1";"${parties.fournisseur.structure.raisonSociale}";"${parties.destinataire.raisonSociale}";"VOIRIE";"15/02/2026";"01/03/2026 11:00";"01/03/2026 11:01";"1000,50";"EUR";"Service fait"`,
    );

    const emises = await parties.fournisseur.client.get(
      `/api/factures/emises/export.csv?structureId=${parties.fournisseur.structure.id}&statut=SERVICE_FAIT`,
    );
    expect(emises.statusCode).toBe(200);
    expect(emises.rawPayload.toString('utf8').trimEnd().split('\r\n')).toHaveLength(
      Math.ceil(NOMBRE / 4) + 1,
    );
    expect(
      (
        await parties.agent.client.get(
          `/api/factures/emises/export.csv?structureId=${parties.fournisseur.structure.id}`,
        )
      ).statusCode,
    ).toBe(404);
  });
});
