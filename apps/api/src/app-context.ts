import type { Db } from '@choral/db';
import type { Config } from './config.ts';

/** What routes and use-cases need from the running process, passed explicitly (no globals). */
export interface AppContext {
  config: Config;
  db: Db;
  databaseKind: 'embarquee' | 'externe';
  version: string;
}
