// Throughput of the Chorus Pro-compatible API as an ERP drives it: `soumettre` (SAISIE_API, full
// deposit with its checks, Factur-X generation and routing job) and `consulter/historique`, at 1,
// 8 and 32 concurrent clients over real HTTP, on a dedicated database of the local PostgreSQL
// (choral_bench_api, recreated each run). Run from the repository root: `node bench/api/run.ts [requests]`.
import { CHEMINS_CPRO } from '@choral/contracts';
import { applyMigrations, createDb, DEMO_RACCORDEMENTS, seedDemo } from '@choral/db';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import { ouvrirStockage } from '../../apps/api/src/documents/ouvrir-stockage.ts';
import { demarrerFileTravaux } from '../../apps/api/src/jobs/file-travaux.ts';

const SERVEUR = 'postgresql://postgres@127.0.0.1:5432';
const BASE = 'choral_bench_api';
const PAR_PALIER = Number(process.argv[2] ?? 400);
const PALIERS = [1, 8, 32];

const admin = new pg.Client({ connectionString: `${SERVEUR}/postgres` });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${BASE} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${BASE}`);
await admin.end();
const url = `${SERVEUR}/${BASE}`;
await applyMigrations({ url });
const db = createDb({ url, maxConnections: 20 });
await seedDemo(db);
const config = loadConfig(
  {
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PUBLIC_URL: 'http://localhost',
    SESSION_SECRET: 'banc-api-secret-de-session-0123456789abcdef',
  },
  '/tmp/unused',
);
const file = await demarrerFileTravaux(db, { log: pino({ level: 'silent' }) });
const app = await buildApp({
  ctx: {
    config,
    db,
    mailer: { wake() {}, async stop() {} },
    file,
    stockage: await ouvrirStockage(undefined, db),
    databaseKind: 'externe',
    version: 'bench',
  },
});
const adresse = await app.listen({ port: 0, host: '127.0.0.1' });

const [papeterie] = DEMO_RACCORDEMENTS as [(typeof DEMO_RACCORDEMENTS)[number]];
const jeton = (
  (await (
    await fetch(`${adresse}/api/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: papeterie.clientId,
        client_secret: papeterie.clientSecret,
      }),
    })
  ).json()) as { access_token: string }
).access_token;
const entetes = {
  authorization: `Bearer ${jeton}`,
  'cpro-account': Buffer.from(`${papeterie.login}:${papeterie.motDePasse}`).toString('base64'),
  'content-type': 'application/json;charset=utf-8',
};
const appeler = async (chemin: string, corps: unknown) => {
  const res = await fetch(`${adresse}${chemin}`, {
    method: 'POST',
    headers: entetes,
    body: JSON.stringify(corps),
  });
  const body = (await res.json()) as { codeRetour: number; identifiantFactureCPP?: number };
  if (res.status !== 200 || body.codeRetour !== 0)
    throw new Error(`${chemin} → ${res.status} ${JSON.stringify(body)}`);
  return body;
};
const idFournisseur = (
  (await appeler(CHEMINS_CPRO.structuresActivesFournisseur, {})) as unknown as {
    listeStructures: { idStructureCPP: number }[];
  }
).listeStructures[0]?.idStructureCPP;
const facture = {
  modeDepot: 'SAISIE_API',
  dateFacture: '2026-11-20',
  destinataire: { codeDestinataire: '21750001600019', codeServiceExecutant: 'VOIRIE' },
  fournisseur: { idFournisseur },
  cadreDeFacturation: { codeCadreFacturation: 'A1_FACTURE_FOURNISSEUR' },
  lignePoste: [
    {
      lignePosteDenomination: 'Ramettes',
      lignePosteQuantite: 10,
      lignePosteMontantUnitaireHT: 4.5,
      lignePosteTauxTvaManuel: 20,
    },
  ],
};

const centile = (tries: number[], p: number) =>
  tries[Math.min(tries.length - 1, Math.ceil((p / 100) * tries.length) - 1)] ?? 0;

async function mesurer(nom: string, clients: number, action: (i: number) => Promise<unknown>) {
  const durees: number[] = [];
  let suivant = 0;
  const debut = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = suivant++; i < PAR_PALIER; i = suivant++) {
        const t0 = performance.now();
        await action(i);
        durees.push(performance.now() - t0);
      }
    }),
  );
  const secondes = (performance.now() - debut) / 1000;
  durees.sort((a, b) => a - b);
  console.log(
    `| ${nom} | ${clients} | ${(PAR_PALIER / secondes).toFixed(0)} | ${centile(durees, 50).toFixed(0)} | ${centile(durees, 99).toFixed(0)} |`,
  );
}

const ids: number[] = [];
await appeler(CHEMINS_CPRO.soumettre, facture); // warm-up (password check, JIT)
console.log(`${PAR_PALIER} appels par palier, ${adresse}\n`);
console.log('| appel | clients | appels/s | p50 (ms) | p99 (ms) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const clients of PALIERS) {
  await mesurer('soumettre', clients, async () =>
    ids.push((await appeler(CHEMINS_CPRO.soumettre, facture)).identifiantFactureCPP as number),
  );
}
for (const clients of PALIERS) {
  await mesurer('consulter/historique', clients, (i) =>
    appeler(CHEMINS_CPRO.consulterHistorique, { idFacture: ids[i % ids.length] }),
  );
}
await app.close();
await file.stop();
await db.$disconnect();
