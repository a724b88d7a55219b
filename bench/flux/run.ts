// Flux under load, as ERPs send them (deposer/flux over real HTTP, the demo supplier's compte
// technique) against the portal started as deployed, on a database of the local PostgreSQL
// recreated each run (choral_bench_flux):
//   1. batches of 100 CII invoices (.tar.gz), 2 ERPs depositing at once: invoices integrated per second;
//   2. single-invoice flux at a fixed rate (20 flux/s by default): reception → IN_INTEGRE p50/p95.
// Run from the repository root: `pnpm bench:flux [--lots 6] [--debit 20] [--duree 15]`.
import { parseArgs } from 'node:util';
import { CHEMIN_JETON_OAUTH, CHEMINS_CPRO } from '@choral/contracts';
import { DEMO_RACCORDEMENTS } from '@choral/db';
import pg from 'pg';
import { freePort, startPortal, waitForHealth } from '../../apps/api/test/support/portal-process.ts';
import { ciiFlux, tarGzFlux } from '../../test-support/factures-flux.ts';

const { values: options } = parseArgs({
  options: {
    lots: { type: 'string', default: '6' },
    debit: { type: 'string', default: '20' },
    duree: { type: 'string', default: '15' },
  },
});
const SERVEUR = 'postgresql://postgres@127.0.0.1:5432';
const BASE = 'choral_bench_flux';
const TAILLE_LOT = 100;
const [PAPETERIE, VILLEDEMO] = DEMO_RACCORDEMENTS as [
  (typeof DEMO_RACCORDEMENTS)[number],
  (typeof DEMO_RACCORDEMENTS)[number],
];

const admin = new pg.Client({ connectionString: `${SERVEUR}/postgres` });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${BASE} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${BASE}`);
await admin.end();
const port = await freePort();
const adresse = `http://127.0.0.1:${port}`;
const portail = startPortal({
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: adresse,
  DATABASE_URL: `${SERVEUR}/${BASE}`,
  NODE_ENV: 'production',
  SESSION_SECRET: 'banc-flux-secret-de-session-0123456789abcdef',
  LOG_LEVEL: 'warn',
  CHORAL_DEMO_DATA: 'oui',
});
await waitForHealth(port, portail);
const base = new pg.Client({ connectionString: `${SERVEUR}/${BASE}` });
await base.connect();

const jeton = (
  (await (
    await fetch(`${adresse}${CHEMIN_JETON_OAUTH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: PAPETERIE.clientId,
        client_secret: PAPETERIE.clientSecret,
      }),
    })
  ).json()) as { access_token: string }
).access_token;

let rang = 0;
const cii = () =>
  ciiFlux({
    siretFournisseur: PAPETERIE.identifiant,
    siretDestinataire: VILLEDEMO.identifiant,
    codeService: 'VOIRIE',
    numero: `BENCH-${Date.now()}-${rang++}`,
  });

/** deposer/flux; the acknowledgement's latency in ms and the flux number. */
async function deposer(nomFichier: string, fichier: Buffer): Promise<{ numero: string; ms: number }> {
  const debut = performance.now();
  const res = await fetch(`${adresse}${CHEMINS_CPRO.deposerFlux}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${jeton}`,
      'cpro-account': Buffer.from(`${PAPETERIE.login}:${PAPETERIE.motDePasse}`).toString('base64'),
      'content-type': 'application/json;charset=utf-8',
    },
    body: JSON.stringify({
      fichierFlux: fichier.toString('base64'),
      nomFichier,
      syntaxeFlux: 'IN_DP_E1_CII_16B',
    }),
  });
  const corps = (await res.json()) as { numeroFluxDepot?: string };
  if (res.status !== 200 || !corps.numeroFluxDepot)
    throw new Error(`deposer/flux → ${res.status} ${JSON.stringify(corps)}`);

  return { numero: corps.numeroFluxDepot, ms: performance.now() - debut };
}

/** Waits until every flux is final (at most 5 minutes); returns their rows. */
async function attendreFinaux(numeros: string[]) {
  const limite = Date.now() + 300_000;
  for (;;) {
    const { rows } = await base.query<{
      etat: string;
      date_depot: Date;
      date_etat: Date;
      nombre_factures: number | null;
    }>('SELECT etat, date_depot, date_etat, nombre_factures FROM flux WHERE numero = ANY($1)', [numeros]);
    const finis = rows.filter((r) =>
      ['IN_INTEGRE', 'IN_INTEGRE_PARTIEL', 'IN_REJETE', 'IN_INCIDENTE'].includes(r.etat),
    );
    if (finis.length === numeros.length || Date.now() > limite) return rows;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const centile = (valeurs: number[], p: number) => {
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries[Math.min(tries.length - 1, Math.ceil((p / 100) * tries.length) - 1)] ?? Number.NaN;
};
const ms = (v: number) => `${v.toFixed(0)} ms`;

// 1. Batches of 100: two ERPs each depositing half the batches one after the other.
const lots = Number(options.lots);
const fichiersLots = await Promise.all(
  Array.from({ length: lots }, () =>
    tarGzFlux(Array.from({ length: TAILLE_LOT }, (_, i) => ({ nom: `f-${i}.xml`, octets: cii() }))),
  ),
);
const debutLots = performance.now();
const numerosLots: string[] = [];
await Promise.all(
  [0, 1].map(async (erp) => {
    for (let i = erp; i < lots; i += 2)
      numerosLots.push((await deposer(`lot-${i}.tar.gz`, fichiersLots[i] as Buffer)).numero);
  }),
);
const lignesLots = await attendreFinaux(numerosLots);
const secondesLots = (performance.now() - debutLots) / 1000;
const integrees = lignesLots.reduce(
  (s, r) => s + (r.etat === 'IN_INTEGRE' ? (r.nombre_factures ?? 0) : 0),
  0,
);
console.log(
  `\nLots de ${TAILLE_LOT} : ${lots} lots, ${integrees} factures intégrées en ${secondesLots.toFixed(1)} s → ${(integrees / secondesLots).toFixed(1)} factures/s` +
    ` (états : ${[...new Set(lignesLots.map((r) => r.etat))].join(', ')})`,
);

// 2. Single-invoice flux at a fixed rate (open loop: a slow answer does not slow the sender).
const debit = Number(options.debit);
const duree = Number(options.duree);
const enCours: Promise<{ numero: string; ms: number }>[] = [];
const debut = performance.now();
for (let i = 0; i < debit * duree; i++) {
  const prevu = debut + (i * 1000) / debit;
  const attente = prevu - performance.now();
  if (attente > 0) await new Promise((r) => setTimeout(r, attente));
  enCours.push(deposer(`f-${i}.xml`, cii()));
}
const recus = await Promise.all(enCours);
const secondesEnvoi = (performance.now() - debut) / 1000;
const lignes = await attendreFinaux(recus.map((r) => r.numero));
const delais = lignes.map((r) => r.date_etat.getTime() - r.date_depot.getTime());
console.log(
  `Flux unitaires à ${debit}/s pendant ${duree} s : ${recus.length} flux reçus (${(recus.length / secondesEnvoi).toFixed(1)}/s), ` +
    `accusé de réception p50 ${ms(
      centile(
        recus.map((r) => r.ms),
        50,
      ),
    )} p95 ${ms(
      centile(
        recus.map((r) => r.ms),
        95,
      ),
    )}, ` +
    `réception → ${[...new Set(lignes.map((r) => r.etat))].join('/')} p50 ${ms(centile(delais, 50))} p95 ${ms(centile(delais, 95))}`,
);

await base.end();
portail.child.kill('SIGINT');
await portail.exited;
