import type { StatutFacture } from './statuts.ts';

/**
 * Whether the supplier may see this status. A recipient whose parameter
 * `statutMiseEnPaiementNestPasRemonte` is set does not report payments, so
 * MISE_EN_PAIEMENT is hidden from the supplier; every other status is shown.
 */
export function statutVisiblePourFournisseur(
  statut: StatutFacture,
  statutMiseEnPaiementNestPasRemonte: boolean,
): boolean {
  return !(statutMiseEnPaiementNestPasRemonte && statut === 'MISE_EN_PAIEMENT');
}

/**
 * The current status as the supplier sees it: the last status of the
 * (chronological) history that is visible to him, or null for an empty one.
 */
export function statutCourantPourFournisseur(
  historique: readonly StatutFacture[],
  statutMiseEnPaiementNestPasRemonte: boolean,
): StatutFacture | null {
  return (
    historique.findLast((statut) =>
      statutVisiblePourFournisseur(statut, statutMiseEnPaiementNestPasRemonte),
    ) ?? null
  );
}
