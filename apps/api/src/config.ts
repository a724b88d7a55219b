import { isAbsolute, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { POOL_PAR_DEFAUT } from '@choral/db';
import { z } from 'zod';

const DEV_SESSION_SECRET = 'choral-developpement-local-secret-non-confidentiel';
const PG_URL = /^postgres(ql)?:\/\//;

const entierPositif = z.coerce
  .number({ message: 'doit être un entier positif' })
  .int('doit être un entier positif')
  .positive('doit être un entier positif');

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ message: 'doit être un numéro de port (0 à 65535)' })
    .int('doit être un numéro de port (0 à 65535)')
    .min(0, 'doit être un numéro de port (0 à 65535)')
    .max(65535, 'doit être un numéro de port (0 à 65535)')
    .default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z
    .url({ message: 'doit être une URL http(s) complète, par exemple http://localhost:3000' })
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(PG_URL, 'doit être une URL postgresql://utilisateur@hôte:port/base')
    .optional(),
  CHORAL_DATA_DIR: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(32, 'doit contenir au moins 32 caractères').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'doit être une URL smtp:// ou smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Choral <ne-pas-repondre@choral.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CHORAL_DEMO_DATA: z.enum(['auto', 'oui', 'non']).default('auto'),
  TRUST_PROXY: z.enum(['oui', 'non'], { message: 'doit valoir oui ou non' }).default('non'),
  // `auto`: as many HTTP processes as cores on a PostgreSQL server, one on the embedded database.
  CHORAL_PROCESSUS: z
    .union([z.literal('auto'), entierPositif], { message: 'doit valoir auto ou un entier positif' })
    .default('auto'),
  CHORAL_TRAVAUX: z
    .enum(['portail', 'separes'], { message: 'doit valoir portail ou separes' })
    .default('portail'),
  STOCKAGE_DOCUMENTS_URL: z
    .string()
    .regex(/^s3:\/\/[^/?#]+/, 'doit être une URL s3://bucket?endpoint=…&region=… (vide : la base de données)')
    .optional(),
  DATABASE_POOL_MAX: entierPositif.default(POOL_PAR_DEFAUT.maxConnections),
  DATABASE_POOL_TIMEOUT_MS: entierPositif.default(POOL_PAR_DEFAUT.poolTimeoutMs),
  DATABASE_TRANSACTION_TIMEOUT_MS: entierPositif.default(POOL_PAR_DEFAUT.transactionTimeoutMs),
  CHORAL_MAX_EVENT_LOOP_DELAY_MS: entierPositif.default(1_000),
  // Unset: 90 % of V8's heap limit, the point past which the process risks dying.
  CHORAL_MAX_HEAP_MO: entierPositif.optional(),
  CHORAL_MAX_RSS_MO: entierPositif.optional(),
  // Chorus Pro's limit on what one /cpro `telecharger/groupe` zips.
  CHORAL_TELECHARGEMENT_MAX_MO: entierPositif.default(120),
  CHORAL_OUTILS_DEV: z
    .enum(['oui', 'non', 'auto'], { message: 'doit valoir oui, non ou auto' })
    .default('auto'),
});

/** Addresses only this machine can reach: there, the development tools are on by default. */
function estBoucleLocale(host: string): boolean {
  return ['localhost', '::1', '[::1]'].includes(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  /** Unset = the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  demoData: 'auto' | 'oui' | 'non';
  /** Behind a reverse proxy, take the client IP from X-Forwarded-For (never trusted otherwise). */
  trustProxy: boolean;
  /**
   * HTTP processes sharing the port (Node's cluster): one thread of JavaScript serves the requests
   * of a process, so a PostgreSQL server is used by one per core. `auto` until the database is known.
   */
  processus: 'auto' | number;
  /** `separes`: background jobs run in their own process (`pnpm worker`), not in the portal's. */
  travaux: 'portail' | 'separes';
  /** Where document bytes live: unset = the database; `s3://…` = an S3-compatible bucket. */
  stockageDocumentsUrl: string | undefined;
  /** Database pool: size, wait for a free connection, longest transaction. */
  pool: { maxConnections: number; poolTimeoutMs: number; transactionTimeoutMs: number };
  /** Process overload thresholds past which requests get 503 with Retry-After. */
  pression: { maxEventLoopDelayMs: number; maxHeapOctets: number; maxRssOctets: number };
  /**
   * Development tools (the mailbox at /dev/boite-mail, which shows every e-mail and its links):
   * `CHORAL_OUTILS_DEV=oui|non`, or by default only when listening on loopback outside production.
   */
  outilsDev: boolean;
  /** Largest total of the documents one /cpro `telecharger/groupe` call zips (beyond: 413). */
  telechargementGroupeMaxOctets: number;
}

const MO = 1024 * 1024;

/** Configuration problems, one line per variable, so the user fixes them all at once. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Parses the environment once, at start-up. Empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv, defaultDataDir: string): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')} : ${issue.message}`);
  // Checked apart from the schema so that it is reported together with the other problems.
  if (
    parsed.success &&
    parsed.data.CHORAL_PROCESSUS !== 'auto' &&
    parsed.data.CHORAL_PROCESSUS > 1 &&
    !present.DATABASE_URL
  )
    problems.push(
      'CHORAL_PROCESSUS : plusieurs processus demandent un serveur PostgreSQL (DATABASE_URL) ; la base embarquée n’accepte qu’une connexion',
    );
  if (present.NODE_ENV === 'production' && !present.SESSION_SECRET)
    problems.push('SESSION_SECRET : obligatoire en production');
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const c = parsed.data;
  const dataDir = c.CHORAL_DATA_DIR ?? defaultDataDir;

  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(dataDir),
    sessionSecret: c.SESSION_SECRET ?? DEV_SESSION_SECRET,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    demoData: c.CHORAL_DEMO_DATA,
    trustProxy: c.TRUST_PROXY === 'oui',
    processus: c.CHORAL_PROCESSUS,
    travaux: c.CHORAL_TRAVAUX,
    stockageDocumentsUrl: c.STOCKAGE_DOCUMENTS_URL,
    pool: {
      maxConnections: c.DATABASE_POOL_MAX,
      poolTimeoutMs: c.DATABASE_POOL_TIMEOUT_MS,
      transactionTimeoutMs: c.DATABASE_TRANSACTION_TIMEOUT_MS,
    },
    pression: {
      maxEventLoopDelayMs: c.CHORAL_MAX_EVENT_LOOP_DELAY_MS,
      maxHeapOctets: c.CHORAL_MAX_HEAP_MO
        ? c.CHORAL_MAX_HEAP_MO * MO
        : Math.round(getHeapStatistics().heap_size_limit * 0.9),
      maxRssOctets: (c.CHORAL_MAX_RSS_MO ?? 0) * MO,
    },
    outilsDev:
      c.CHORAL_OUTILS_DEV === 'auto'
        ? c.NODE_ENV !== 'production' && estBoucleLocale(c.HOST)
        : c.CHORAL_OUTILS_DEV === 'oui',
    telechargementGroupeMaxOctets: c.CHORAL_TELECHARGEMENT_MAX_MO * MO,
  };
}
