import { type Db, seedDemo } from '@choral/db';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

/** Demo data is loaded on an empty database (CHORAL_DEMO_DATA=auto), always (oui) or never (non). */
export async function loadDemoDataIfWanted(db: Db, config: Config, log: Logger): Promise<void> {
  if (config.demoData === 'non') return;
  if (config.demoData === 'auto' && (await db.utilisateur.count()) > 0) return;
  const summary = await seedDemo(db);
  log.info(`Données de démonstration chargées : ${summary}`);
}
