import type { Structure } from '@choral/contracts';
import { exigerRattachement } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { presenterStructure } from '../../presenters/structure.ts';

/** A structure the caller is rattaché to, with its services and what he may do there. */
export async function consulterStructure(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
): Promise<Structure> {
  const acteur = await exigerRattachement(ctx.db, utilisateurId, structureId);
  const structure = await ctx.db.structure.findUniqueOrThrow({
    where: { id: structureId },
    include: { services: { orderBy: { code: 'asc' } } },
  });

  return presenterStructure(structure, acteur);
}
