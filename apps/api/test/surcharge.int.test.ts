import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { FactureSchema, HealthResponseSchema, ProblemSchema } from '@choral/contracts';
import { createDb, type Db, poolSql } from '@choral/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { ouvrirStockage } from '../src/documents/ouvrir-stockage.ts';
import { Client } from './support/client.ts';
import { attendre } from './support/cycle.ts';
import { creerUtilisateur } from './support/factories.ts';
import { creerDestinataire, creerFournisseur, saisieComplete } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

/** This test file's database (set by the test setup once the file starts). */
function urlBase(): URL {
  return new URL(process.env.DATABASE_URL as string);
}

/** The whole API on its own pool to `url`, with extra environment variables. */
async function appSur(db: Db, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig(
    { NODE_ENV: 'test', PUBLIC_URL: 'http://choral.test', CHORAL_MAX_EVENT_LOOP_DELAY_MS: '60000', ...env },
    '/tmp/unused',
  );
  const mailer = { wake() {}, async stop() {} };

  const stockage = await ouvrirStockage(undefined, db);

  return buildApp({ ctx: { config, db, mailer, stockage, databaseKind: 'externe', version: 'test' } });
}

/** A 503 problem with Retry-After: the client is told to come back, nothing is blamed on it. */
function indisponible(res: LightMyRequestResponse, code: string) {
  expect(res.statusCode, res.body).toBe(503);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(ProblemSchema.parse(res.json()).code).toBe(code);
}

/** A TCP relay to PostgreSQL that the test cuts and restores, as an outage or a restart would. */
class Relais {
  private serveur: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async ouvrir(): Promise<void> {
    this.serveur = createServer((client) => {
      const base = connect(Number(urlBase().port || 5432), urlBase().hostname);
      for (const s of [client, base]) {
        this.sockets.add(s);
        s.on('error', () => s.destroy()).on('close', () => {
          this.sockets.delete(s);
          client.destroy();
          base.destroy();
        });
      }
      client.pipe(base).pipe(client);
    });
    const serveur = this.serveur;
    await new Promise<void>((resolve) => serveur.listen(this.port, '127.0.0.1', resolve));
    this.port = (serveur.address() as AddressInfo).port;
  }

  async couper(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.serveur?.close(resolve));
  }

  url(): string {
    const url = urlBase();
    url.host = `127.0.0.1:${this.port}`;

    return url.toString();
  }
}

describe('Base de données injoignable : 503 avec Retry-After, puis reprise', () => {
  const relais = new Relais();
  let db: Db;
  let app: FastifyInstance;
  let setup: Db;
  beforeAll(async () => {
    await relais.ouvrir();
    setup = createDb({ url: urlBase().toString(), maxConnections: 1 });
    db = createDb({ url: relais.url(), maxConnections: 2, poolTimeoutMs: 1_000 });
    app = await appSur(db);
  });
  afterAll(async () => {
    await app.close();
    await db.$disconnect();
    await setup.$disconnect();
    await relais.couper();
  });

  it('answers 503 + Retry-After on every kind of route while the database is cut, and recovers', async () => {
    const utilisateur = await creerUtilisateur(setup);
    const client = await new Client(app).login(utilisateur.email);
    expect((await client.get('/api/session')).statusCode).toBe(200);

    await relais.couper();
    const sante = await app.inject({ method: 'GET', url: '/api/health' });
    expect(sante.statusCode).toBe(503);
    expect(Number(sante.headers['retry-after'])).toBeGreaterThan(0);
    expect(HealthResponseSchema.parse(sante.json()).database.status).toBe('down');
    indisponible(await client.get('/api/session'), 'BASE_INDISPONIBLE');
    indisponible(await client.put('/api/mon-compte', {}), 'BASE_INDISPONIBLE');
    indisponible(
      await new Client(app).post('/api/session', { email: utilisateur.email, motDePasse: 'x' }),
      'BASE_INDISPONIBLE',
    );

    await relais.ouvrir();
    await attendre(async () => ((await client.get('/api/session')).statusCode === 200 ? true : null), 5_000);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('answers 503 when PostgreSQL terminates the connections in use', async () => {
    const utilisateur = await creerUtilisateur(setup);
    const client = await new Client(app).login(utilisateur.email);
    // Every connection of the app's pool is cut by the server, as a restart does.
    const bloquees = await Promise.all([poolSql(db).connect(), poolSql(db).connect()]);
    const pids = await Promise.all(
      bloquees.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
    for (const c of bloquees) c.release();
    await setup.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM unnest(ARRAY[${pids.join(',')}]::int[]) AS pid`,
    );

    const reponses = await Promise.all([client.get('/api/session'), client.get('/api/session')]);
    for (const res of reponses) {
      if (res.statusCode !== 200) indisponible(res, 'BASE_INDISPONIBLE');
    }
    // The pool drops the dead connections and opens new ones.
    await attendre(async () => ((await client.get('/api/session')).statusCode === 200 ? true : null), 5_000);
  });
});

describe('Pool de connexions saturé : 503 avec Retry-After, aucune écriture à moitié faite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(undefined, { pool: { maxConnections: 2, poolTimeoutMs: 150 } });
  });
  afterAll(() => t.close());

  it('sends invoices while the pool is held: each one is deposited whole or left a draft, never 500', async () => {
    const fournisseur = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const ids: number[] = [];
    // Enough sends queued on the one free connection that the last ones wait past the pool timeout.
    for (let i = 0; i < 40; i++) {
      const res = await fournisseur.client.post(
        '/api/factures/brouillons',
        saisieComplete(fournisseur.structure.id, destinataire.identifiant),
      );
      ids.push(FactureSchema.parse(res.json()).id);
    }

    // Another client holds one of the two connections: the sends compete for the other.
    const bloquee = await poolSql(t.db).connect();
    const reponses = await Promise.all(
      ids.map((id) => fournisseur.client.post(`/api/factures/brouillons/${id}/envoi`)),
    );
    bloquee.release();

    const refusees = reponses.filter((r) => r.statusCode !== 200);
    expect(refusees.length, 'the pool was never saturated').toBeGreaterThan(0);
    for (const res of refusees) indisponible(res, 'BASE_INDISPONIBLE');
    for (const [i, id] of ids.entries()) {
      const f = await t.db.facture.findUniqueOrThrow({
        where: { id },
        include: { documents: true, historique: true },
      });
      const depose = reponses[i]?.statusCode === 200;
      expect(f.statut).toBe(depose ? 'DEPOSEE' : 'BROUILLON');
      expect(f.numeroPortail !== null).toBe(depose);
      expect(f.historique.some((h) => h.statut === 'DEPOSEE')).toBe(depose);
      expect(f.documents.some((d) => d.role === 'FACTURX_GENERE')).toBe(depose);
    }

    // Sent again once the pool is free, each refused one goes through.
    for (const [i, id] of ids.entries()) {
      if (reponses[i]?.statusCode === 200) continue;
      const res = await fournisseur.client.post(`/api/factures/brouillons/${id}/envoi`);
      expect(res.statusCode, res.body).toBe(200);
    }
  });
});

describe('Processus surchargé (mémoire, boucle d’événements) : 503 avec Retry-After', () => {
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = createDb({ url: urlBase().toString(), maxConnections: 2 });
    // A 1 MB heap threshold: the process is over it from the first sample.
    app = await appSur(db, { CHORAL_MAX_HEAP_MO: '1' });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.$disconnect();
  });

  it('refuses requests and says so in the health report', async () => {
    await attendre(async () => (app.isUnderPressure() ? true : null), 5_000);

    indisponible(await app.inject({ method: 'GET', url: '/api/session' }), 'SURCHARGE');
    const sante = await app.inject({ method: 'GET', url: '/api/health' });
    expect(sante.statusCode).toBe(503);
    expect(Number(sante.headers['retry-after'])).toBeGreaterThan(0);
    const rapport = HealthResponseSchema.parse(sante.json());
    expect(rapport).toMatchObject({
      status: 'degraded',
      database: { status: 'up' },
      charge: { status: 'surcharge' },
    });
    expect(rapport.charge.heapUsedBytes).toBeGreaterThan(1024 * 1024);
  });
});
