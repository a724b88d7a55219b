import { CHEMIN_JETON_OAUTH, CHEMINS_CPRO } from '@choral/contracts';
import { createDb, type Db, DEMO_RACCORDEMENTS } from '@choral/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ciiFlux, tarGzFlux } from '../../../test-support/factures-flux.ts';
import { attendre } from './support/cycle.ts';
import { formulaireJeton } from './support/erp.ts';
import { freePort, type PortalProcess, startPortal, waitForHealth } from './support/portal-process.ts';

const [PAPETERIE, VILLEDEMO] = DEMO_RACCORDEMENTS as [
  (typeof DEMO_RACCORDEMENTS)[number],
  (typeof DEMO_RACCORDEMENTS)[number],
];
const FACTURES = 60;

let url: string;
let db: Db;
const portails: PortalProcess[] = [];
beforeAll(() => {
  url = process.env.DATABASE_URL as string;
  db = createDb({ url, maxConnections: 2 });
});
afterAll(async () => {
  for (const p of portails) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  await db.$disconnect();
});

/** An ERP's deposer/flux over real HTTP: token, then the call with cpro-account. */
async function deposerFlux(base: string, fichier: Buffer): Promise<string> {
  const jeton = await fetch(`${base}${CHEMIN_JETON_OAUTH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: formulaireJeton(PAPETERIE.clientId, PAPETERIE.clientSecret),
  });
  const { access_token } = (await jeton.json()) as { access_token: string };
  const res = await fetch(`${base}${CHEMINS_CPRO.deposerFlux}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${access_token}`,
      'cpro-account': Buffer.from(`${PAPETERIE.login}:${PAPETERIE.motDePasse}`).toString('base64'),
      'content-type': 'application/json;charset=utf-8',
    },
    body: JSON.stringify({
      fichierFlux: fichier.toString('base64'),
      nomFichier: 'lot.tar.gz',
      syntaxeFlux: 'IN_DP_E1_CII_16B',
    }),
  });
  expect(res.status, await res.clone().text()).toBe(200);

  return ((await res.json()) as { numeroFluxDepot: string }).numeroFluxDepot;
}

describe('Un portail tué (kill -9) pendant l’intégration d’un lot', () => {
  it('reprend le lot au redémarrage : chaque facture intégrée une fois, aucune perdue', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { PORT: String(port), DATABASE_URL: url, CHORAL_DEMO_DATA: 'oui', LOG_LEVEL: 'warn' };
    const premier = startPortal(env);
    portails.push(premier);
    await waitForHealth(port, premier);
    const numeros = Array.from({ length: FACTURES }, (_, i) => `REPRISE-${Date.now()}-${i}`);
    const lot = await tarGzFlux(
      numeros.map((numero, i) => ({
        nom: `facture-${i}.xml`,
        octets: ciiFlux({
          siretFournisseur: PAPETERIE.identifiant,
          siretDestinataire: VILLEDEMO.identifiant,
          codeService: 'VOIRIE',
          numero,
        }),
      })),
    );
    const numeroFlux = await deposerFlux(base, lot);
    const flux = await attendre(() => db.flux.findUnique({ where: { numero: numeroFlux } }));

    // Killed in the middle of the batch: some invoices in, not all.
    await attendre(async () => (await db.facture.count({ where: { fluxId: flux.id } })) >= 5, 20_000);
    premier.child.kill('SIGKILL');
    await premier.exited;
    const avantRedemarrage = await db.facture.count({
      where: { fluxId: flux.id, statut: { not: 'BROUILLON' } },
    });
    expect(avantRedemarrage).toBeLessThan(FACTURES);
    expect((await db.flux.findUniqueOrThrow({ where: { id: flux.id } })).etat).toBe(
      'IN_EN_COURS_TRAITEMENT_CPP',
    );

    const second = startPortal({ ...env, CHORAL_DEMO_DATA: 'non' });
    portails.push(second);
    await waitForHealth(port, second);
    const fin = await attendre(async () => {
      const f = await db.flux.findUniqueOrThrow({ where: { id: flux.id } });
      return f.etat === 'IN_INTEGRE' ? f : null;
    }, 60_000);
    expect(fin.nombreFactures).toBe(FACTURES);
    expect(fin.erreursDp).toEqual([]);

    // Every invoice once, in its place, deposited once.
    const factures = await db.facture.findMany({
      where: { fluxId: flux.id },
      select: { numero: true, rangFlux: true, statut: true },
      orderBy: { rangFlux: 'asc' },
    });
    expect(factures.map((f) => f.numero)).toEqual(numeros);
    expect(factures.map((f) => f.rangFlux)).toEqual(numeros.map((_, i) => i));
    expect(factures.every((f) => f.statut !== 'BROUILLON')).toBe(true);
    const depots = await db.historiqueFacture.count({
      where: { facture: { fluxId: flux.id }, statut: 'DEPOSEE' },
    });
    expect(depots).toBe(FACTURES);

    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 150_000);
});
