import type { Facture } from '@choral/contracts';
import type { AppContext } from '../../app-context.ts';
import { presenterFacture } from '../../presenters/facture.ts';
import { trouverFactureEmise } from './trouver-facture.ts';

/** An invoice or draft of one of the caller's structures: data, documents, history. */
export async function consulterFacture(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
): Promise<Facture> {
  return presenterFacture(await trouverFactureEmise(ctx.db, utilisateurId, factureId));
}
