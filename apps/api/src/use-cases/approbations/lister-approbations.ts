import type { Approbation } from '@choral/contracts';
import type { Db, Prisma } from '@choral/db';
import { introuvable } from '@choral/domain/erreurs';
import { peutApprouverRattachement, ROLES_STRUCTURE } from '@choral/domain/structures';
import type { AppContext } from '../../app-context.ts';
import { INCLUDE_APPROBATION, presenterApprobation } from './presenter-approbation.ts';

/** The roles that decide requests, as the domain says. */
export const ROLES_APPROBATEURS = ROLES_STRUCTURE.filter(peutApprouverRattachement);

/** Requests the caller may decide: those on structures where he is gestionnaire. */
export function demandesGereesPar(utilisateurId: number): Prisma.DemandeRattachementWhereInput {
  return { structure: { rattachements: { some: { utilisateurId, role: { in: ROLES_APPROBATEURS } } } } };
}

export async function listerApprobations(
  ctx: AppContext,
  utilisateurId: number,
  etat?: 'EN_ATTENTE' | 'APPROUVEE' | 'REFUSEE',
): Promise<{ approbations: Approbation[]; enAttente: number }> {
  const where = demandesGereesPar(utilisateurId);
  const [demandes, enAttente] = await Promise.all([
    ctx.db.demandeRattachement.findMany({
      where: { ...where, ...(etat ? { etat } : {}) },
      include: INCLUDE_APPROBATION,
      orderBy: [{ demandeLe: 'desc' }, { id: 'desc' }],
      take: 500,
    }),
    ctx.db.demandeRattachement.count({ where: { ...where, etat: 'EN_ATTENTE' } }),
  ]);

  return { approbations: demandes.map(presenterApprobation), enAttente };
}

/** One request, if the caller may decide it (404 otherwise). */
export async function consulterApprobation(db: Db, utilisateurId: number, id: number): Promise<Approbation> {
  const demande = await db.demandeRattachement.findFirst({
    where: { id, ...demandesGereesPar(utilisateurId) },
    include: INCLUDE_APPROBATION,
  });
  if (!demande) throw introuvable('Demande introuvable.');

  return presenterApprobation(demande);
}
