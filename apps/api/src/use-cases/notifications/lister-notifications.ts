import type { Notifications } from '@choral/contracts';
import type { AppContext } from '../../app-context.ts';

const PLAFOND_NON_LUES = 100;

/** The caller's notifications, newest first (`avant`: older than this id), and his unread count. */
export async function listerNotifications(
  ctx: AppContext,
  utilisateurId: number,
  { avant, limite }: { avant?: number | undefined; limite: number },
): Promise<Notifications> {
  const [notifications, nonLues] = await Promise.all([
    ctx.db.notification.findMany({
      where: { utilisateurId, ...(avant ? { id: { lt: avant } } : {}) },
      orderBy: { id: 'desc' },
      take: limite,
    }),
    ctx.db.notification.count({ where: { utilisateurId, lueLe: null }, take: PLAFOND_NON_LUES }),
  ]);

  return {
    notifications: notifications.map((n) => ({
      id: n.id,
      titre: n.titre,
      texte: n.texte,
      factureId: n.factureId,
      creeLe: n.creeLe.toISOString(),
      lue: n.lueLe !== null,
    })),
    nonLues,
  };
}
