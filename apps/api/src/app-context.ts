import type { Db } from '@choral/db';
import type { Config } from './config.ts';
import type { Mailer } from './mail/mailer.ts';

/** What routes and use-cases need from the running process, passed explicitly (no globals). */
export interface AppContext {
  config: Config;
  db: Db;
  mailer: Mailer;
  databaseKind: 'embarquee' | 'externe';
  version: string;
}
