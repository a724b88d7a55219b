import type { Facture } from '@choral/contracts';
import type { AppContext } from '../../app-context.ts';
import { presenterFacture } from '../../presenters/facture.ts';
import { trouverFactureAccessible } from './trouver-facture-accessible.ts';

/**
 * An invoice of the caller's supplier structures (drafts included), or one received by his
 * public structure within his services: data, documents, history and the actions of his side.
 */
export async function consulterFacture(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
): Promise<Facture> {
  const { facture, cote } = await trouverFactureAccessible(ctx.db, utilisateurId, factureId);

  return presenterFacture(facture, cote);
}
