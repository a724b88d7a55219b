import type { FactureResume } from '@choral/contracts';
import { exigerRattachement } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { presenterResume } from '../../presenters/facture.ts';

/** Until search and paging come with the lifecycle, the list shows the latest invoices. */
const LIMITE = 500;

/** « Factures émises » of one of the caller's structures: drafts first, then newest deposits. */
export async function listerFacturesEmises(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
): Promise<FactureResume[]> {
  await exigerRattachement(ctx.db, utilisateurId, structureId);
  const factures = await ctx.db.facture.findMany({
    where: { fournisseurId: structureId },
    include: { destinataire: true },
    orderBy: [{ dateDepot: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }],
    take: LIMITE,
  });

  return factures.map(presenterResume);
}
