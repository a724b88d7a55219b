import { peutApprouverRattachement } from './permissions.ts';
import { type RefusStructure, refus } from './refus.ts';
import type { RoleStructure } from './roles.ts';

/** States of a user's request to be rattaché to a structure (or some of its services). */
export const ETATS_DEMANDE_RATTACHEMENT = ['EN_ATTENTE', 'APPROUVEE', 'REFUSEE'] as const;

export type EtatDemandeRattachement = (typeof ETATS_DEMANDE_RATTACHEMENT)[number];

export const LIBELLES_ETAT_DEMANDE_RATTACHEMENT: Readonly<Record<EtatDemandeRattachement, string>> = {
  EN_ATTENTE: 'En attente',
  APPROUVEE: 'Approuvée',
  REFUSEE: 'Refusée',
};

/** What a manager can answer from the Approbations screen. */
export const DECISIONS_RATTACHEMENT = ['APPROUVER', 'REFUSER'] as const;

export type DecisionRattachement = (typeof DECISIONS_RATTACHEMENT)[number];

const ETAT_APRES_DECISION: Readonly<Record<DecisionRattachement, EtatDemandeRattachement>> = {
  APPROUVER: 'APPROUVEE',
  REFUSER: 'REFUSEE',
};

/** Decisions still open on a request: both while it is pending, none once it is decided. */
export function decisionsPossibles(etat: EtatDemandeRattachement): readonly DecisionRattachement[] {
  return etat === 'EN_ATTENTE' ? DECISIONS_RATTACHEMENT : [];
}

/**
 * Applies a manager's decision to a rattachement request. Only a GP or GS of
 * the structure decides, only once, and a refusal carries a comment because
 * it is e-mailed to the requester.
 */
export function deciderRattachement(
  etat: EtatDemandeRattachement,
  decision: DecisionRattachement,
  contexte: { roleDecideur: RoleStructure | undefined; commentaire?: string },
): { ok: true; etat: EtatDemandeRattachement } | RefusStructure {
  if (!peutApprouverRattachement(contexte.roleDecideur)) {
    return refus(
      'DECIDEUR_NON_GESTIONNAIRE',
      'Seul un gestionnaire de la structure peut approuver ou refuser une demande de rattachement.',
    );
  }
  if (!decisionsPossibles(etat).includes(decision)) {
    return refus('DEMANDE_DEJA_TRAITEE', 'Cette demande de rattachement a déjà été traitée.');
  }
  const motif = verifierMotifDecision(decision, contexte.commentaire);
  if (!motif.ok) return motif;
  return { ok: true, etat: ETAT_APRES_DECISION[decision] };
}

/** A refusal carries a comment, e-mailed to the requester; an approval needs none. */
export function verifierMotifDecision(
  decision: DecisionRattachement,
  commentaire: string | undefined,
): { ok: true } | RefusStructure {
  if (decision === 'REFUSER' && (commentaire ?? '').trim() === '') {
    return refus(
      'COMMENTAIRE_REFUS_OBLIGATOIRE',
      'Indiquez le motif du refus : il sera envoyé au demandeur.',
    );
  }
  return { ok: true };
}
