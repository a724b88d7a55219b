import { RechercheFacturesResponseSchema } from '@choral/contracts';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './support/client.ts';
import { type creerParties, creerPartiesEtFacturesRecues } from './support/cycle.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let parties: Awaited<ReturnType<typeof creerParties>>;

beforeAll(async () => {
  t = await buildTestApp();
  parties = await creerPartiesEtFacturesRecues(t.app, t.db, 60);
});
afterAll(() => t.close());

// Every statement sent to PostgreSQL goes through pg.Client#query (Prisma's adapter included).
const query = pg.Client.prototype.query;
afterEach(() => {
  pg.Client.prototype.query = query;
});

/** The SQL statements the application sends while `action` runs (the job queue's own left out). */
async function requetesPendant(action: () => Promise<unknown>): Promise<string[]> {
  const textes: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const premier = args[0] as string | { text: string };
    const texte = typeof premier === 'string' ? premier : premier.text;
    if (!texte.includes('pgboss.')) textes.push(texte);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  await action();
  pg.Client.prototype.query = query;

  return textes;
}

async function rechercher(client: Client, url: string) {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);

  return RechercheFacturesResponseSchema.parse(res.json());
}

describe('« Factures reçues » en peu d’allers-retours SQL', () => {
  it('une page : la session, le rattachement, les factures avec leurs relations, les compteurs', async () => {
    const url = `/api/factures/recues?structureId=${parties.destinataire.id}`;
    let page: Awaited<ReturnType<typeof rechercher>> | undefined;
    const requetes = await requetesPendant(async () => {
      page = await rechercher(parties.agent.client, url);
    });

    expect(page?.factures).toHaveLength(50);
    expect(page?.factures[0]).toMatchObject({ fournisseur: expect.any(String), codeService: 'VOIRIE' });
    expect(page?.compteurs.find((c) => c.statut === 'MISE_A_DISPOSITION')?.nombre).toBe(45);
    expect(requetes, requetes.join('\n')).toHaveLength(4);
  });

  it('les compteurs suivent chaque filtre de la recherche, comme ses lignes', async () => {
    const base = `/api/factures/recues?structureId=${parties.destinataire.id}&limite=500`;
    const siret = parties.fournisseur.structure.identifiant;
    const filtres = [
      '',
      '&numero=R-001',
      `&fournisseur=${siret.slice(0, 9)}`,
      '&fournisseur=FOURNISSEUR',
      // Prisma leaves a typed « % » a wildcard: the counts must read it the same way.
      '&fournisseur=%25',
      `&destinataire=${encodeURIComponent(parties.destinataire.raisonSociale.slice(0, 5))}`,
      '&codeService=VOIRIE',
      '&codeService=ECOLES',
      '&cadre=A1',
      '&montantMin=1010&montantMax=1030.5',
      '&dateDepotMin=2026-03-02&dateDepotMax=2026-03-03',
      '&dateMiseADispositionMin=2026-03-02',
      '&dateFactureMax=2026-02-14',
    ];
    const nombres: number[] = [];
    for (const filtre of filtres) {
      const { factures, compteurs } = await rechercher(parties.agent.client, `${base}${filtre}`);
      const lignes = Object.groupBy(factures, (f) => f.statut);
      for (const c of compteurs)
        expect(c.nombre, `${filtre} ${c.statut}`).toBe(lignes[c.statut]?.length ?? 0);
      nombres.push(factures.length);
    }
    // The filters do filter (none is ignored by both the rows and the counts).
    expect(nombres).toEqual([60, 10, 60, 60, 60, 60, 60, 0, 60, 21, 21, 21, 0]);
  });
});
