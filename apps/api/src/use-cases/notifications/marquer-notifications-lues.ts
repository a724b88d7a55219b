import type { AppContext } from '../../app-context.ts';

/** Marks the caller's given notifications (all of them without `ids`) read; others' are untouched. */
export async function marquerNotificationsLues(
  ctx: AppContext,
  utilisateurId: number,
  ids: number[] | undefined,
): Promise<void> {
  await ctx.db.notification.updateMany({
    where: { utilisateurId, lueLe: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { lueLe: new Date() },
  });
}
