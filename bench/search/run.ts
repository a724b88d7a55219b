// Benchmark of the invoice searches at scale: 1,000,000 invoices in a dedicated database on the
// local PostgreSQL (choral_bench, seeded once; `--reseed` starts over), then p50/p95 of the real
// use-cases and the peak memory of a 100,000-row CSV export, with the EXPLAIN (ANALYZE) plans of
// the SQL they send. Run from the repository root: `node bench/search/run.ts [runs] [--reseed]`.
import { ExportFacturesQuerySchema, RechercheFacturesQuerySchema } from '@choral/contracts';
import { applyMigrations, createDb } from '@choral/db';
import pg from 'pg';
import { exporterFacturesCsv } from '../../apps/api/src/use-cases/factures/exporter-factures-csv.ts';
import { perimetreEmises, perimetreRecues } from '../../apps/api/src/use-cases/factures/perimetres.ts';
import { rechercherFactures } from '../../apps/api/src/use-cases/factures/rechercher-factures.ts';
import { DESTINATAIRES, peupler } from './seed.ts';

const SERVEUR = 'postgresql://postgres@127.0.0.1:5432';
const BASE = 'choral_bench';
const NOMBRE = 1_000_000;
const arguments_ = process.argv.slice(2);
const mesures = Math.min(Number(arguments_.find((a) => /^\d+$/.test(a)) ?? 200), 2000);
const journal = (message: string) => console.log(message);

async function avecClient<T>(url: string, action: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

async function preparer(): Promise<void> {
  const url = `${SERVEUR}/${BASE}`;
  const existe = await avecClient(
    `${SERVEUR}/postgres`,
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [BASE])).rowCount === 1,
  );
  const pret =
    existe &&
    !arguments_.includes('--reseed') &&
    (await avecClient(url, async (c) => {
      const r = await c.query<{ n: string }>('SELECT count(*) AS n FROM facture').catch(() => null);
      return Number(r?.rows[0]?.n) === NOMBRE;
    }));
  if (pret) return journal(`Base ${BASE} déjà peuplée (${NOMBRE.toLocaleString('fr-FR')} factures).`);
  await avecClient(`${SERVEUR}/postgres`, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${BASE} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${BASE}`);
  });
  await applyMigrations({ url });
  journal(`Peuplement de ${BASE} :`);
  const debut = performance.now();
  await avecClient(url, (c) => peupler(c, NOMBRE, journal));
  journal(`  fait en ${((performance.now() - debut) / 1000).toFixed(0)} s`);
}

// Supplier 201 issues every 2000th invoice (see seed.ts): F-124000 is one of its numbers.
// Every SQL statement the use-cases send, to EXPLAIN them afterwards (the same text and values).
const requetes: { text: string; values: unknown[] }[] = [];
const queryOriginale = pg.Client.prototype.query;
function capturer(actif: boolean): void {
  pg.Client.prototype.query = actif
    ? (function (this: pg.Client, ...args: unknown[]) {
        const [premier, valeurs] = args as [string | { text: string; values?: unknown[] }, unknown[]?];
        const text = typeof premier === 'string' ? premier : premier.text;
        const values = typeof premier === 'string' ? (valeurs ?? []) : (premier.values ?? []);
        if (/^\s*SELECT/i.test(text)) requetes.push({ text, values });
        return (queryOriginale as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof queryOriginale)
    : queryOriginale;
}

function centile(valeurs: number[], p: number): number {
  const triees = [...valeurs].sort((a, b) => a - b);
  return triees[Math.min(triees.length - 1, Math.ceil((p / 100) * triees.length) - 1)] ?? Number.NaN;
}

async function chronometrer(nom: string, action: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await action();
  const durees: number[] = [];
  for (let i = 0; i < mesures; i++) {
    const debut = performance.now();
    await action();
    durees.push(performance.now() - debut);
  }
  const resultat = { nom, p50: centile(durees, 50), p95: centile(durees, 95), max: Math.max(...durees) };
  journal(
    `${nom} : p50 ${resultat.p50.toFixed(1)} ms, p95 ${resultat.p95.toFixed(1)} ms (${mesures} mesures)`,
  );
  return resultat;
}

async function expliquer(url: string, titre: string, action: () => Promise<unknown>): Promise<void> {
  requetes.length = 0;
  capturer(true);
  await action();
  capturer(false);
  const principale = requetes.find((r) => /FROM "public"\."facture"/.test(r.text) && !/COUNT/i.test(r.text));
  if (!principale) return;
  await avecClient(url, async (c) => {
    const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${principale.text}`, principale.values);
    journal(
      `\n### ${titre}\n\n\`\`\`sql\n${principale.text}\n-- ${JSON.stringify(principale.values)}\n\`\`\`\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
    );
    const comptage = requetes.find((r) => /COUNT/i.test(r.text));
    if (comptage) {
      const planComptage = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${comptage.text}`, comptage.values);
      journal(
        `\nLes comptages par statut (une requête, chacun plafonné) :\n\n\`\`\`\n${planComptage.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
      );
    }
  });
}

await preparer();
const url = `${SERVEUR}/${BASE}`;
const db = createDb({ url, maxConnections: 4 });
try {
  const fournisseurId = DESTINATAIRES + 1;
  const pageRecues = RechercheFacturesQuerySchema.parse({ structureId: 1, statut: 'MISE_A_DISPOSITION' });
  const parNumero = RechercheFacturesQuerySchema.parse({ structureId: fournisseurId, numero: 'F-124000' });
  const recues = () => perimetreRecues(db, 1, 1).then((p) => rechercherFactures(db, p, pageRecues));
  const emises = () =>
    perimetreEmises(db, 1, fournisseurId).then((p) => rechercherFactures(db, p, parNumero));
  const n = (await emises()).factures.length;
  journal(`\n${mesures} mesures après 10 tours de chauffe ; recherche par numéro : ${n} résultat(s).`);
  const r1 = await chronometrer(
    'Factures reçues, 1re page, statut MISE_A_DISPOSITION, tri par défaut',
    recues,
  );
  const r2 = await chronometrer('Factures émises, recherche par numéro', emises);

  // CSV: the first 100,000 rows of the big recipient in deposit order, streamed and discarded.
  const filtre = ExportFacturesQuerySchema.parse({
    structureId: 1,
    dateDepotMax: '2024-12-12',
    ordre: 'asc',
  });
  const rssAvant = process.memoryUsage().rss;
  const tasAvant = process.memoryUsage().heapUsed;
  let pic = rssAvant;
  let picTas = tasAvant;
  const echantillonner = () => {
    const { rss, heapUsed } = process.memoryUsage();
    pic = Math.max(pic, rss);
    picTas = Math.max(picTas, heapUsed);
  };
  const echantillon = setInterval(echantillonner, 20);
  const debut = performance.now();
  let lignes = -1;
  let octets = 0;
  for await (const morceau of exporterFacturesCsv(db, await perimetreRecues(db, 1, 1), filtre)) {
    octets += Buffer.byteLength(morceau);
    for (const c of morceau) if (c === '\n') lignes++;
  }
  const dureeCsv = performance.now() - debut;
  clearInterval(echantillon);
  echantillonner();
  journal(
    `Export CSV : ${lignes.toLocaleString('fr-FR')} lignes, ${(octets / 1e6).toFixed(1)} Mo en ${(dureeCsv / 1000).toFixed(2)} s ; ` +
      `RSS ${(rssAvant / 1e6).toFixed(0)} Mo avant, pic ${(pic / 1e6).toFixed(0)} Mo (+${((pic - rssAvant) / 1e6).toFixed(0)} Mo) ; ` +
      `tas JS pic ${(picTas / 1e6).toFixed(0)} Mo (+${((picTas - tasAvant) / 1e6).toFixed(0)} Mo)`,
  );
  journal(`\n| mesure | p50 | p95 |\n| --- | ---: | ---: |`);
  for (const r of [r1, r2]) journal(`| ${r.nom} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`);

  await expliquer(url, 'Factures reçues, 1re page (statut MISE_A_DISPOSITION)', recues);
  await expliquer(url, 'Factures émises, recherche par numéro', emises);
} finally {
  await db.$disconnect();
}
