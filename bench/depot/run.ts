// Deposit benchmark: N suppliers deposit Factur-X invoices through a spawned portal with the web
// app's own calls (upload → draft, read it, save it, « Valider et envoyer », read the
// confirmation), on a fresh database of the local PostgreSQL, while pgbench keeps a light load on
// another database of the same server. For each concurrency: deposits/s, upload → acknowledgement
// p50/p95/p99, errors by step and status (a 503 is retried after its Retry-After, and counted),
// portal CPU time per deposit and deposit → MISE_A_DISPOSITION p95. Loopback only; every level is
// bounded in deposits and in time.
//
//   pnpm bench:depot [--clients 1,4,16,64] [--duree 15] [--plafond 1000] [--pgbench-tps 100] [--profil]
//                    [--gros] [--coupure-pg 5]
// `--gros` deposits a 119 MB PDF during each level; `--coupure-pg N` stops PostgreSQL for N seconds
// five seconds into each level; both then check that every acknowledged deposit is in the database.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Facture, FactureSchema } from '@choral/contracts';
import { applyMigrations, createDb } from '@choral/db';
import pg from 'pg';
import { hashPassword } from '../../apps/api/src/auth/passwords.ts';
import { ClientHttp } from '../../apps/api/test/support/client-http.ts';
import { freePort, startPortal, waitForHealth } from '../../apps/api/test/support/portal-process.ts';
import { couperPostgres, depotVolumineux } from './epreuves.ts';
import { CODE_SERVICE, fichierDepot, SIRET_DESTINATAIRE, siretFournisseur } from './fichiers.ts';
import { resumerProfil } from './profil.ts';

const SERVEUR = 'postgresql://postgres@127.0.0.1:5432';
const BASE = 'choral_bench_depot';
const BASE_PGBENCH = 'choral_bench_pgbench';
const MOT_DE_PASSE = 'Bench-Choral-2026';
/** Deposits one client may make per level at most: a level's cap is min(--plafond, clients × this). */
const PAR_CLIENT = 100;

const { values: options } = parseArgs({
  options: {
    clients: { type: 'string', default: '1,4,16,64' },
    duree: { type: 'string', default: '15' },
    plafond: { type: 'string', default: '1000' },
    'pgbench-tps': { type: 'string', default: '100' },
    profil: { type: 'boolean', default: false },
    gros: { type: 'boolean', default: false },
    'coupure-pg': { type: 'string' },
  },
});
const niveaux = options.clients.split(',').map(Number);
const dureeMs = Math.min(Number(options.duree), 120) * 1000;
const plafond = Math.min(Number(options.plafond), 5000);
const journal = (message: string) => console.log(message);

async function sql<T extends pg.QueryResultRow>(base: string, texte: string, valeurs: unknown[] = []) {
  const client = new pg.Client({ connectionString: `${SERVEUR}/${base}` });
  await client.connect();
  try {
    return (await client.query<T>(texte, valeurs)).rows;
  } finally {
    await client.end();
  }
}

async function nouvelleBase(nom: string): Promise<void> {
  await sql('postgres', `DROP DATABASE IF EXISTS ${nom} WITH (FORCE)`);
  await sql('postgres', `CREATE DATABASE ${nom}`);
}

/** The bench's accounts: one public recipient, `nombre` suppliers each with one member; their ids. */
async function peupler(nombre: number): Promise<number[]> {
  await nouvelleBase(BASE);
  await applyMigrations({ url: `${SERVEUR}/${BASE}` });
  const db = createDb({ url: `${SERVEUR}/${BASE}`, maxConnections: 2 });
  const motDePasseHash = await hashPassword(MOT_DE_PASSE);
  await db.structure.create({
    data: {
      type: 'PUBLIQUE',
      typeIdentifiant: 'SIRET',
      identifiant: SIRET_DESTINATAIRE,
      raisonSociale: 'Ministère du Banc d’essai',
      ville: 'Paris',
      services: { create: [{ code: CODE_SERVICE, libelle: 'Service exécutant' }] },
    },
  });
  const ids: number[] = [];
  for (let i = 0; i < nombre; i++) {
    const email = `fournisseur-${i}@bench.choral.test`;
    const { id } = await db.structure.create({
      data: {
        type: 'PRIVEE',
        typeIdentifiant: 'SIRET',
        identifiant: siretFournisseur(i),
        raisonSociale: `Fournisseur de banc ${i}`,
        numeroTva: 'FR44732829320',
        adresse: '12 rue des Lilas',
        codePostal: '75011',
        ville: 'Paris',
        rattachements: {
          create: {
            role: 'GESTIONNAIRE_PRINCIPAL',
            utilisateur: {
              create: {
                email,
                emailContact: email,
                prenom: 'Banc',
                nom: `N°${i}`,
                motDePasseHash,
                actif: true,
              },
            },
          },
        },
      },
    });
    ids.push(id);
  }
  await db.$disconnect();

  return ids;
}

/** The files of every level, made (or read from the cache) before anything is timed. */
async function preparerFichiers(): Promise<Uint8Array[][]> {
  const parFournisseur: Uint8Array[][] = Array.from({ length: Math.max(...niveaux) }, () => []);
  const debut = performance.now();
  for (const clients of niveaux) {
    const parClient = Math.ceil(Math.min(plafond, clients * PAR_CLIENT) / clients);
    for (let i = 0; i < clients; i++) {
      const liste = parFournisseur[i] as Uint8Array[];
      for (let k = 0; k < parClient; k++) liste.push(await fichierDepot(i, liste.length));
    }
  }
  const total = parFournisseur.reduce((s, l) => s + l.length, 0);
  journal(`${total} Factur-X prêts en ${((performance.now() - debut) / 1000).toFixed(0)} s`);

  return parFournisseur;
}

/** The portal's processes: the one spawned and, in a cluster, the HTTP processes it forked. */
function processusDuPortail(pid: number): number[] {
  const enfants = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return champsStat(Number(d))[1] === String(pid);
      } catch {
        return false; // ended while being listed
      }
    })
    .map(Number);

  return [pid, ...enfants];
}

/** Fields of /proc/<pid>/stat after the command name (state is [0], ppid [1]). */
function champsStat(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
}

/** The portal's CPU time so far (user + system, every thread of every process), in ms. */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString());
function cpuMs(pid: number): number {
  return processusDuPortail(pid).reduce((somme, p) => {
    const champs = champsStat(p);

    return somme + ((Number(champs[11]) + Number(champs[12])) * 1000) / TICKS;
  }, 0);
}

/** Peak resident memory (VmHWM), summed over the portal's processes. */
function pic(pid: number): string {
  const ko = processusDuPortail(pid).reduce((somme, p) => {
    const ligne = readFileSync(`/proc/${p}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);

    return somme + Number(ligne?.[1] ?? 0);
  }, 0);

  return `${Math.round(ko / 1024)} MB`;
}

function centile(valeurs: number[], p: number): number {
  const tries = [...valeurs].sort((a, b) => a - b);

  return tries[Math.min(tries.length - 1, Math.ceil((p / 100) * tries.length) - 1)] ?? Number.NaN;
}

/** The draft's values as the form sends them back on « Valider et envoyer » (a deposited file). */
function donneesDuFormulaire(f: Facture) {
  return {
    cadre: f.cadre,
    identification: f.identification,
    destinataire: { identifiant: f.destinataire.identifiant, codeService: f.destinataire.codeService },
    references: f.references,
    montants: f.montants,
    recapitulatifTva: f.recapitulatifTva,
    commentaire: f.commentaire,
  };
}

interface Mesures {
  latences: number[];
  ids: number[];
  erreurs: Map<string, number>;
}

/**
 * One call of the web app: a 503 waits its Retry-After and tries again (counted); any other
 * refusal is counted under its step and ends the deposit.
 */
async function appel(m: Mesures, etape: string, requete: () => Promise<Response>): Promise<Response | null> {
  for (let essai = 0; essai < 20; essai++) {
    let res: Response;
    try {
      res = await requete();
    } catch {
      m.erreurs.set(`${etape} réseau`, (m.erreurs.get(`${etape} réseau`) ?? 0) + 1);
      return null;
    }
    if (res.ok) return res;
    // The problem's stable code says why (DELAI_DEPASSE, SURCHARGE…).
    const code = ((await res.json().catch(() => ({}))) as { code?: string }).code;
    const cle = `${etape} ${res.status}${code ? ` ${code}` : ''}`;
    m.erreurs.set(cle, (m.erreurs.get(cle) ?? 0) + 1);
    if (res.status !== 503) return null;
    const attente = Math.min(Number(res.headers.get('retry-after')) || 1, 5);
    await new Promise((r) => setTimeout(r, attente * 1000));
  }

  return null;
}

/** One signed-in supplier depositing its files one after the other until the level ends. */
async function client(
  c: ClientHttp,
  structureId: number,
  fichiers: Uint8Array[],
  prendre: () => boolean,
  m: Mesures,
): Promise<void> {
  while (fichiers.length > 0 && prendre()) {
    const octets = fichiers.shift() as Uint8Array;
    const debut = performance.now();
    const formulaire = new FormData();
    formulaire.append('structureId', String(structureId));
    formulaire.append('cadre', 'A1');
    formulaire.append('fichier', new Blob([octets], { type: 'application/pdf' }), 'facture.pdf');
    const depot = await appel(m, 'dépôt', () =>
      c.request('POST', '/api/factures/brouillons/depot', formulaire),
    );
    if (!depot) continue;
    const { id } = (await depot.json()) as { id: number };
    const lu = await appel(m, 'lecture', () => c.request('GET', `/api/factures/${id}`));
    if (!lu) continue;
    const brouillon = FactureSchema.parse(await lu.json());
    const enregistre = await appel(m, 'enregistrement', () =>
      c.request('PUT', `/api/factures/brouillons/${id}`, donneesDuFormulaire(brouillon)),
    );
    if (!enregistre) continue;
    await enregistre.arrayBuffer();
    const envoi = await appel(m, 'envoi', () => c.request('POST', `/api/factures/brouillons/${id}/envoi`));
    if (!envoi) continue;
    await envoi.arrayBuffer();
    m.latences.push(performance.now() - debut);
    m.ids.push(id);
    // The confirmation page reads the invoice again.
    await (await appel(m, 'confirmation', () => c.request('GET', `/api/factures/${id}`)))?.arrayBuffer();
  }
}

/** Deposit → MISE_A_DISPOSITION (server clock, both ends), once every deposit is routed or 60 s. */
async function delaisMiseADisposition(ids: number[]): Promise<{ delais: number[]; enRetard: number }> {
  const limite = Date.now() + 60_000;
  for (;;) {
    const [{ n }] = (await sql<{ n: number }>(
      BASE,
      'SELECT count(*)::int AS n FROM facture WHERE id = ANY($1) AND date_mise_a_disposition IS NULL',
      [ids],
    )) as [{ n: number }];
    if (n === 0 || Date.now() > limite) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const lignes = await sql<{ ms: number | null }>(
    BASE,
    `SELECT (extract(epoch FROM date_mise_a_disposition - date_depot) * 1000)::float8 AS ms
       FROM facture WHERE id = ANY($1)`,
    [ids],
  );

  return {
    delais: lignes.flatMap((l) => (l.ms === null ? [] : [l.ms])),
    enRetard: lignes.filter((l) => l.ms === null).length,
  };
}

async function transactionsPgbench(): Promise<number> {
  const [ligne] = await sql<{ n: string }>(
    'postgres',
    'SELECT xact_commit AS n FROM pg_stat_database WHERE datname = $1',
    [BASE_PGBENCH],
  );

  return Number(ligne?.n);
}

// --- the run ---
const nombreFournisseurs = Math.max(...niveaux);
journal(`Préparation : base ${BASE} (${nombreFournisseurs} fournisseurs), base ${BASE_PGBENCH} (pgbench -i)`);
const structures = await peupler(nombreFournisseurs);
const fichiers = await preparerFichiers();
await nouvelleBase(BASE_PGBENCH);
execFileSync('pgbench', ['-i', '-q', '-s', '5', '-h', '127.0.0.1', '-U', 'postgres', BASE_PGBENCH], {
  stdio: 'ignore',
});

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dossierProfil = mkdtempSync(join(tmpdir(), 'choral-bench-profil-'));
const portail = startPortal(
  {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: base,
    DATABASE_URL: `${SERVEUR}/${BASE}`,
    NODE_ENV: 'production',
    SESSION_SECRET: 'banc-d-essai-de-depot-secret-de-session-local',
    LOG_LEVEL: 'warn',
    CHORAL_DEMO_DATA: 'non',
  },
  options.profil ? ['--cpu-prof', `--cpu-prof-dir=${dossierProfil}`] : [],
);
const pid = portail.child.pid as number;
await waitForHealth(port, portail);
const pgbench = spawn(
  'pgbench',
  [
    '-n',
    '-c',
    '2',
    '-j',
    '1',
    '-R',
    options['pgbench-tps'],
    '-T',
    '3600',
    '-h',
    '127.0.0.1',
    '-U',
    'postgres',
  ],
  { stdio: 'ignore', env: { ...process.env, PGDATABASE: BASE_PGBENCH } },
);

const lignes: string[] = [];
const microsecondes = () => Number(process.hrtime.bigint() / 1000n);
const debutMesures = microsecondes();
let finMesures = debutMesures;
try {
  for (const clients of niveaux) {
    const m: Mesures = { latences: [], ids: [], erreurs: new Map() };
    const cap = Math.min(plafond, clients * PAR_CLIENT);
    // Signed in before the clock starts (one argon2 check each, as a user does once a day).
    const sessions = await Promise.all(
      Array.from({ length: clients }, (_, i) =>
        new ClientHttp(base).login(`fournisseur-${i}@bench.choral.test`, MOT_DE_PASSE),
      ),
    );
    let commences = 0;
    const debut = performance.now();
    const fin = debut + dureeMs;
    const prendre = () => performance.now() < fin && commences++ < cap;
    const cpuAvant = cpuMs(pid);
    const pgbenchAvant = await transactionsPgbench();
    const epreuves = [
      options.gros
        ? new ClientHttp(base)
            .login('fournisseur-0@bench.choral.test', MOT_DE_PASSE)
            .then((c) => depotVolumineux(c, structures[0] as number))
        : null,
      options['coupure-pg'] ? couperPostgres(5000, Number(options['coupure-pg'])) : null,
    ];
    await Promise.all(
      sessions.map((c, i) => client(c, structures[i] as number, fichiers[i] ?? [], prendre, m)),
    );
    for (const resultat of await Promise.all(epreuves)) if (resultat) journal(`  ${resultat}`);
    if (options.gros || options['coupure-pg']) {
      const [{ n }] = (await sql<{ n: number }>(
        BASE,
        'SELECT count(*)::int AS n FROM facture WHERE id = ANY($1) AND date_depot IS NOT NULL',
        [m.ids],
      )) as [{ n: number }];
      journal(`  dépôts acquittés retrouvés en base : ${n} / ${m.ids.length}`);
    }
    const secondes = (performance.now() - debut) / 1000;
    finMesures = microsecondes();
    const cpu = cpuMs(pid) - cpuAvant;
    const tps = ((await transactionsPgbench()) - pgbenchAvant) / secondes;
    const { delais, enRetard } = await delaisMiseADisposition(m.ids);
    const n = m.ids.length;
    const erreurs = [...m.erreurs].map(([cle, nb]) => `${cle} × ${nb}`).join(', ') || 'aucune';
    const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(0)} ms`);
    const routage = `${ms(centile(delais, 95))}${enRetard ? ` (${enRetard} non acheminées après 60 s)` : ''}`;
    const ligne =
      `| ${clients} | ${n} | ${(n / secondes).toFixed(1)} | ${ms(centile(m.latences, 50))} ` +
      `| ${ms(centile(m.latences, 95))} | ${ms(centile(m.latences, 99))} | ${erreurs} ` +
      `| ${n ? ms(cpu / n) : '—'} (${(cpu / 1000).toFixed(1)} s en tout) | ${routage} | ${tps.toFixed(0)} |`;
    journal(ligne);
    lignes.push(ligne);
  }
} finally {
  pgbench.kill('SIGINT');
  const rss = pic(pid);
  portail.child.kill('SIGINT');
  await portail.exited;
  journal(`\nPic de mémoire du portail (VmHWM) : ${rss}`);
}

journal(
  '\n| clients | dépôts | dépôts/s | p50 | p95 | p99 | erreurs (étape statut code × nombre) | CPU portail / dépôt | dépôt → MISE_A_DISPOSITION p95 | pgbench tps |',
);
journal('| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
for (const ligne of lignes) journal(ligne);

if (options.profil) {
  const fichier = readdirSync(dossierProfil).find((f) => f.endsWith('.cpuprofile'));
  if (fichier) {
    const { fonctions, modules } = resumerProfil(join(dossierProfil, fichier), debutMesures, finMesures);
    journal(
      `\nProfil du fil principal du portail pendant les dépôts (${join(dossierProfil, fichier)}), temps propre :`,
    );
    for (const { nom, part } of modules) journal(`  ${(part * 100).toFixed(1).padStart(5)} %  ${nom}`);
    journal('Fonctions :');
    for (const { nom, part } of fonctions) journal(`  ${(part * 100).toFixed(1).padStart(5)} %  ${nom}`);
  }
}
