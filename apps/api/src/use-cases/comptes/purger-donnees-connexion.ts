import type { Db } from '@choral/db';

const JOUR_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what no longer serves sign-in: expired sessions, used links, links expired for more
 * than a day (until then their page still offers a new one) and failed logins older than a day
 * (locks and rate limits look back 15 minutes). Run every hour by the job queue.
 */
export async function purgerDonneesConnexion(
  db: Db,
): Promise<{ sessions: number; jetons: number; tentatives: number }> {
  const maintenant = new Date();
  const hier = new Date(maintenant.getTime() - JOUR_MS);
  const [sessions, jetons, tentatives] = await db.$transaction([
    db.session.deleteMany({ where: { expireLe: { lt: maintenant } } }),
    db.jetonCompte.deleteMany({ where: { OR: [{ utiliseLe: { not: null } }, { expireLe: { lt: hier } }] } }),
    db.tentativeConnexion.deleteMany({ where: { le: { lt: hier } } }),
  ]);

  return { sessions: sessions.count, jetons: jetons.count, tentatives: tentatives.count };
}
