import type { StatutFacture } from './statuts.ts';

/** One line of an invoice's status history. */
export interface PassageStatut {
  statut: StatutFacture;
  /** When the invoice reached this status (any ISO-like format; returned as given). */
  date: string;
}

/**
 * Start of the délai global de paiement from a chronological status history:
 * the date the invoice was made available to the recipient, or — after a
 * suspension — the date the supplier completed it (the délai starts over).
 * After recycling, the new mise à disposition counts. Null until the invoice
 * has reached its recipient.
 */
export function dateDebutDelaiPaiement(historique: readonly PassageStatut[]): string | null {
  const depart = historique.findLast(
    (passage) => passage.statut === 'MISE_A_DISPOSITION' || passage.statut === 'COMPLETEE',
  );
  return depart?.date ?? null;
}
