export { acteurAttendu } from './acteur-attendu.ts';
export { ACTEURS_FACTURE, type ActeurFacture, LIBELLES_ACTEUR_FACTURE } from './acteurs.ts';
export { actionVersStatut } from './action-vers-statut.ts';
export {
  ACTIONS_FACTURE,
  type ActionFacture,
  type DefinitionAction,
  type DonneeAction,
  type ExigenceMotif,
  LISTE_ACTIONS_FACTURE,
} from './actions.ts';
export {
  actionsPossibles,
  appliquerAction,
  type CodeRefusAction,
  type DonneesAction,
  LONGUEUR_MAXIMALE_MOTIF,
  type ResultatAction,
} from './appliquer-action.ts';
export { dateDebutDelaiPaiement, type PassageStatut } from './delai-paiement.ts';
export { LIBELLES_STATUT_FACTURE, STATUTS_FACTURE, type StatutFacture } from './statuts.ts';
export {
  type CodeMotifRefusValidation,
  DELAI_VALIDATION_JOURS,
  limiteValidationTacite,
  MOTIFS_REFUS_VALIDATION,
  statutVisiblePourValideur,
  trouverMotifRefusValidation,
  validationTaciteEchue,
} from './validation.ts';
export { statutCourantPourFournisseur, statutVisiblePourFournisseur } from './visibilite-fournisseur.ts';
