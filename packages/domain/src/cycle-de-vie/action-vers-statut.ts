import type { ActeurFacture } from './acteurs.ts';
import { ACTIONS_FACTURE, type ActionFacture, LISTE_ACTIONS_FACTURE } from './actions.ts';
import type { StatutFacture } from './statuts.ts';

/**
 * The action by which `acteur` moves an invoice to `statut` (the API's `nouveauStatut`), or null
 * when no action of his leads there. Whether it is allowed from the current status is still
 * decided by appliquerAction.
 */
export function actionVersStatut(statut: string, acteur: ActeurFacture): ActionFacture | null {
  return (
    LISTE_ACTIONS_FACTURE.find((action) => {
      const definition = ACTIONS_FACTURE[action];

      return (
        definition.cible === (statut as StatutFacture) &&
        definition.acteurs.includes(acteur) &&
        !definition.depuis.includes(definition.cible)
      );
    }) ?? null
  );
}
