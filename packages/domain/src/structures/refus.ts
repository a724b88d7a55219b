/** Stable codes of the structure and rattachement rules, for the API and the tests. */
export type CodeRefusStructure =
  | 'AUCUN_GESTIONNAIRE_PRINCIPAL'
  | 'PLUSIEURS_GESTIONNAIRES_PRINCIPAUX'
  | 'CEDANT_NON_GESTIONNAIRE_PRINCIPAL'
  | 'BENEFICIAIRE_NON_RATTACHE'
  | 'MEMBRE_NON_RATTACHE'
  | 'GESTIONNAIRE_PRINCIPAL_NON_RETIRABLE'
  | 'DEMANDE_DEJA_TRAITEE'
  | 'DECIDEUR_NON_GESTIONNAIRE'
  | 'COMMENTAIRE_REFUS_OBLIGATOIRE'
  | 'PERMISSION_REFUSEE'
  | 'GESTIONNAIRE_PRINCIPAL_NON_MODIFIABLE'
  | 'DETACHEMENT_RESERVE_AU_PRINCIPAL'
  | 'ESPACE_NON_HABILITE';

/** A rule that says no: a stable code and the French message for the user. */
export interface RefusStructure {
  ok: false;
  code: CodeRefusStructure;
  message: string;
}

/** Builds a refusal. */
export function refus(code: CodeRefusStructure, message: string): RefusStructure {
  return { ok: false, code, message };
}

/**
 * Refusals that mean "you lack the power" (HTTP 403) rather than "this breaks a rule" (422):
 * the API maps a refusal to its status with this list alone.
 */
export const REFUS_DE_DROIT: ReadonlySet<CodeRefusStructure> = new Set<CodeRefusStructure>([
  'PERMISSION_REFUSEE',
  'DECIDEUR_NON_GESTIONNAIRE',
  'CEDANT_NON_GESTIONNAIRE_PRINCIPAL',
  'DETACHEMENT_RESERVE_AU_PRINCIPAL',
  'ESPACE_NON_HABILITE',
]);
