/** Stable codes of the deposit checks, for the API and the tests. */
export type CodeProblemeDepot =
  | 'DESTINATAIRE_INCONNU'
  | 'DESTINATAIRE_NON_PUBLIC'
  | 'DESTINATAIRE_INACTIF'
  | 'SERVICE_INCONNU'
  | 'SERVICE_INACTIF'
  | 'SERVICE_HORS_VALIDITE'
  | 'SERVICE_RESERVE_AUX_STRUCTURES_PUBLIQUES'
  | 'CODE_SERVICE_OBLIGATOIRE'
  | 'NUMERO_ENGAGEMENT_OBLIGATOIRE'
  | 'CODE_SERVICE_OU_NUMERO_ENGAGEMENT_OBLIGATOIRE';

/** Field of the deposit form (and of the API payload) a problem is attached to. */
export type ChampDepot =
  | 'destinataire.identifiant'
  | 'destinataire.codeService'
  | 'references.numeroEngagement';

/** One reason why an invoice cannot be deposited as it is. */
export interface ProblemeDepot {
  code: CodeProblemeDepot;
  champ: ChampDepot;
  message: string;
}
