import { introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../app-context.ts';
import {
  type FactureAccessible,
  trouverFactureAccessible,
} from '../use-cases/factures/trouver-facture-accessible.ts';
import { type AppelantApi, exigerEspace } from './acces-api.ts';

/** The espace a compte technique needs to see an invoice from each side. */
export const ESPACE_DU_COTE = {
  FOURNISSEUR: 'FACTURES_EMISES',
  DESTINATAIRE: 'FACTURES_RECUES',
  VALIDEUR: 'FACTURES_A_VALIDER',
} as const;

/** A deposited invoice the compte technique sees from either side; drafts do not exist here (404). */
export async function factureVisibleApi(
  ctx: AppContext,
  a: AppelantApi,
  id: number,
): Promise<FactureAccessible> {
  const trouvee = await trouverFactureAccessible(ctx.db, a.utilisateurId, id);
  exigerEspace(a, ESPACE_DU_COTE[trouvee.cote]);
  if (trouvee.facture.statut === 'BROUILLON') throw introuvable('Facture introuvable.');

  return trouvee;
}
