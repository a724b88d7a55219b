import { type Db, type Prisma, poolSql } from '@choral/db';
import { fromPrisma, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';

/** Routing of deposited invoices (DEPOSEE → EN_COURS_ACHEMINEMENT → MISE_A_DISPOSITION). */
export const FILE_ACHEMINEMENT = 'acheminement-facture';
/** The summaries users may choose: daily (received invoices) and weekly (all news), Paris time. */
export const FILE_RESUME_QUOTIDIEN = 'resume-quotidien';
export const HEURE_RESUME_QUOTIDIEN = '0 7 * * *';
export const FILE_RESUME_HEBDOMADAIRE = 'resume-hebdomadaire';
export const HEURE_RESUME_HEBDOMADAIRE = '0 7 * * 1';
/** Seconds without a heartbeat after which a routing job counts as abandoned (pg-boss minimum). */
export const HEARTBEAT_ACHEMINEMENT = 10;
/** Hourly: document contents no document points at any more (see `ramasserOrphelins`). */
export const FILE_RAMASSAGE_DOCUMENTS = 'ramassage-documents';
export const HEURE_RAMASSAGE_DOCUMENTS = '41 * * * *';
/** Hourly deletion of expired sessions, used or expired links and old failed logins. */
export const FILE_PURGE = 'purge-donnees-connexion';
export const HEURE_PURGE = '17 * * * *';
/** Integration of a deposited flux (deposer/flux): its invoices deposited one by one. */
export const FILE_INTEGRATION_FLUX = 'integration-flux';
/** Tries of a flux integration that fails for a technical reason, before IN_INCIDENTE. */
export const TENTATIVES_INTEGRATION_FLUX = 4;
/** Daily, Paris time: A9 / A12 invoices left 15 days without their valideur's answer are validated. */
export const FILE_VALIDATION_TACITE = 'validation-tacite';
export const HEURE_VALIDATION_TACITE = '5 2 * * *';
/** Where a routing job lands once its retries are spent: kept, visible, replayable. */
export const FILE_ACHEMINEMENT_ECHECS = 'acheminement-facture-echecs';

export interface TravailAcheminement {
  factureId: number;
}

export interface TravailIntegrationFlux {
  fluxId: number;
}

export interface OptionsFile {
  log: Logger;
  /** Retries of a failed routing job (exponential backoff from 2 s, at most 5 min apart). */
  tentatives?: number;
  /**
   * An HTTP process of the cluster only sends jobs: the primary declared the queues and runs the
   * supervisor and the cron, so this one neither repeats them nor polls for them.
   */
  envoiSeulement?: boolean;
}

/** A routing job that failed for good. */
export interface EchecAcheminement {
  travailId: string;
  factureId: number;
  creeLe: Date;
}

/** The job queue (pg-boss), started: jobs may be sent; `travailleur.ts` consumes them. */
export interface FileTravaux {
  boss: PgBoss;
  /** Enqueues an invoice's routing inside the caller's transaction: the job exists iff it commits. */
  acheminer(tx: Prisma.TransactionClient, factureId: number): Promise<void>;
  /** Enqueues a flux's integration inside the caller's transaction, like `acheminer`. */
  integrerFlux(tx: Prisma.TransactionClient, fluxId: number): Promise<void>;
  /** Routing jobs sent to the dead-letter queue, oldest first. */
  echecsAcheminement(): Promise<EchecAcheminement[]>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the Db's own pool (never a second pool: the embedded database must see one
 * connection at a time), installs or migrates its schema, and declares the queues.
 */
export async function demarrerFileTravaux(
  db: Db,
  { log, tentatives = 8, envoiSeulement = false }: OptionsFile,
): Promise<FileTravaux> {
  const pool = poolSql(db);
  const boss = new PgBoss({
    // A plain pool.query: pg-boss's schema setup sends several statements at once.
    db: { executeSql: (text, values) => pool.query(text, values) },
    // The cron check runs at the slowest pace pg-boss allows: the daily summary needs no finer clock.
    schedule: true,
    cronMonitorIntervalSeconds: 45,
    // The supervisor fails the jobs whose worker stopped beating (see HEARTBEAT_ACHEMINEMENT) on its
    // monitor pass: every 2 s rather than every minute, so a killed worker's jobs come back within
    // seconds. A pass is a few indexed statements on the queue's own rows.
    superviseIntervalSeconds: 2,
    monitorIntervalSeconds: 2,
    ...(envoiSeulement ? { schedule: false, supervise: false, migrate: false } : {}),
  });
  boss.on('error', (error) => log.error({ err: error }, 'file de travaux : erreur de pg-boss'));
  await boss.start();
  if (!envoiSeulement) await declarerFiles(boss, tentatives);

  return {
    boss,
    async acheminer(tx, factureId) {
      const data: TravailAcheminement = { factureId };
      await boss.send(FILE_ACHEMINEMENT, data, { db: fromPrisma(tx) });
    },
    async integrerFlux(tx, fluxId) {
      const data: TravailIntegrationFlux = { fluxId };
      await boss.send(FILE_INTEGRATION_FLUX, data, { db: fromPrisma(tx) });
    },
    async echecsAcheminement() {
      const travaux = await boss.findJobs<TravailAcheminement>(FILE_ACHEMINEMENT_ECHECS);

      return travaux.map((t) => ({ travailId: t.id, factureId: t.data.factureId, creeLe: t.createdOn }));
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

/** The queues, their retry options and the cron schedules, declared or updated at start. */
async function declarerFiles(boss: PgBoss, tentatives: number): Promise<void> {
  await boss.createQueue(FILE_ACHEMINEMENT_ECHECS, { retentionSeconds: 60 * 60 * 24 * 365 });
  const options = {
    retryLimit: tentatives,
    retryDelay: 2,
    retryBackoff: true,
    retryDelayMax: 300,
    // A living worker refreshes its jobs' heartbeat every 5 s; a job 10 s without one had its worker
    // die (kill -9, crash) and is retried by the next supervisor pass, here or in another process.
    heartbeatSeconds: HEARTBEAT_ACHEMINEMENT,
    // Only for a worker alive but stuck: routing an invoice takes milliseconds.
    expireInSeconds: 120,
    // The invoice's history keeps the routing; a finished job is only a row to scan.
    deleteAfterSeconds: 60 * 60,
    deadLetter: FILE_ACHEMINEMENT_ECHECS,
  };
  // createQueue keeps an existing queue as it is: a restart applies the current options.
  if (await boss.getQueue(FILE_ACHEMINEMENT)) {
    await boss.updateQueue(FILE_ACHEMINEMENT, options);
  } else {
    await boss.createQueue(FILE_ACHEMINEMENT, options);
  }

  await boss.createQueue(FILE_INTEGRATION_FLUX, {
    retryLimit: TENTATIVES_INTEGRATION_FLUX - 1,
    retryDelay: 2,
    retryBackoff: true,
    // As for routing: a worker killed mid-batch stops beating, and the batch is taken up again
    // (each invoice of the flux is found where it was: nothing doubled, nothing lost).
    heartbeatSeconds: HEARTBEAT_ACHEMINEMENT,
    expireInSeconds: 15 * 60,
    deleteAfterSeconds: 24 * 60 * 60,
  });

  for (const [file, heure] of [
    [FILE_RESUME_QUOTIDIEN, HEURE_RESUME_QUOTIDIEN],
    [FILE_RESUME_HEBDOMADAIRE, HEURE_RESUME_HEBDOMADAIRE],
    [FILE_RAMASSAGE_DOCUMENTS, HEURE_RAMASSAGE_DOCUMENTS],
    [FILE_PURGE, HEURE_PURGE],
    [FILE_VALIDATION_TACITE, HEURE_VALIDATION_TACITE],
  ] as const) {
    await boss.createQueue(file);
    await boss.schedule(file, heure, null, { tz: 'Europe/Paris' });
  }
}

/** The queue of a context that sends invoices: its absence is a wiring error, not a user's. */
export function fileDe(ctx: { file?: FileTravaux }): FileTravaux {
  if (!ctx.file) throw new Error('File de travaux absente du contexte : l’acheminement est impossible.');

  return ctx.file;
}
