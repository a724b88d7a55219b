import type { Db } from '@choral/db';
import type { Config } from './config.ts';
import type { StockageDocuments } from './documents/stockage-documents.ts';
import type { FileTravaux } from './jobs/file-travaux.ts';
import type { Mailer } from './mail/mailer.ts';

/** What routes and use-cases need from the running process, passed explicitly (no globals). */
export interface AppContext {
  config: Config;
  db: Db;
  mailer: Mailer;
  /**
   * Background jobs (routing of deposited invoices). Always there in the portal and the test
   * app; absent only from contexts built for requests that never send an invoice.
   */
  file?: FileTravaux;
  /** Where document bytes live (the database, or an S3-compatible bucket). */
  stockage: StockageDocuments;
  databaseKind: 'embarquee' | 'externe';
  version: string;
}

/** What background jobs need: no HTTP concern. */
export type ContexteTravaux = Pick<AppContext, 'config' | 'db' | 'mailer' | 'stockage'> & {
  file: FileTravaux;
};
