import { pluriel } from '../../lib/format';
import { session } from '../../lib/session';
import { type Decision, decider } from './api';

/** Sends a decision, refreshes the menu's counter, and returns the confirmation to show. */
export async function deciderEtConfirmer(
  ids: number[],
  decision: Decision,
  commentaire?: string,
): Promise<string> {
  const traitees = await decider({ ids, decision, commentaire });
  await session.recharger();
  const issue = decision === 'APPROUVER' ? 'approuvée' : 'refusée';
  return traitees === 1 ? `La demande a été ${issue}.` : `${pluriel(traitees, 'demande')} ${issue}s.`;
}
