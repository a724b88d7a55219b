// Throughput of the Chorus Pro-compatible API as an ERP drives it: `soumettre` (SAISIE_API, full
// deposit with its checks, Factur-X generation and routing job) and `consulter/historique`, at 1,
// 8 and 32 concurrent clients over real HTTP, on a dedicated database of the local PostgreSQL
// (choral_bench_api, recreated each run), against the portal started as deployed (one HTTP process
// per core). Run from the repository root: `node bench/api/run.ts [requests]`.
import { CHEMINS_CPRO } from '@choral/contracts';
import { DEMO_RACCORDEMENTS } from '@choral/db';
import pg from 'pg';
import { freePort, startPortal, waitForHealth } from '../../apps/api/test/support/portal-process.ts';

const SERVEUR = 'postgresql://postgres@127.0.0.1:5432';
const BASE = 'choral_bench_api';
const PAR_PALIER = Number(process.argv[2] ?? 400);
const PALIERS = [1, 8, 32];

const admin = new pg.Client({ connectionString: `${SERVEUR}/postgres` });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${BASE} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${BASE}`);
await admin.end();
// The portal as it is deployed, in its own processes (migrations and demo data at its start):
// the ERP's calls below are another program's, as they would be.
const port = await freePort();
const portail = startPortal({
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  DATABASE_URL: `${SERVEUR}/${BASE}`,
  NODE_ENV: 'production',
  SESSION_SECRET: 'banc-api-secret-de-session-0123456789abcdef',
  LOG_LEVEL: 'warn',
  CHORAL_DEMO_DATA: 'oui',
});
await waitForHealth(port, portail);
const adresse = `http://127.0.0.1:${port}`;

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
portail.child.kill('SIGINT');
await portail.exited;
