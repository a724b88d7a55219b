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
  | 'CODE_SERVICE_OU_NUMERO_ENGAGEMENT_OBLIGATOIRE'
  | 'CHAMP_OBLIGATOIRE'
  | 'DATE_FACTURE_FUTURE'
  | 'FACTURE_ORIGINE_OBLIGATOIRE'
  | 'TOTAUX_INCOHERENTS'
  | 'RECAPITULATIF_TVA_INCOHERENT'
  | 'FOURNISSEUR_DIFFERENT'
  | 'VALIDEUR_OBLIGATOIRE'
  | 'VALIDEUR_NON_ATTENDU'
  | 'VALIDEUR_INCONNU'
  | 'VALIDEUR_INACTIF'
  | 'VALIDEUR_FOURNISSEUR'
  | 'SERVICE_VALIDEUR_INCONNU'
  | 'SERVICE_VALIDEUR_INACTIF';

/** Field of the deposit form (and of the API payload) a problem is attached to. */
export type ChampDepot =
  | 'destinataire.identifiant'
  | 'destinataire.codeService'
  | 'valideur.identifiant'
  | 'valideur.codeService'
  | 'references.numeroEngagement'
  | 'references.factureOrigine'
  | 'identification.numero'
  | 'identification.dateFacture'
  | 'fournisseur.identifiant'
  | 'montants.montantHt'
  | 'montants.montantTva'
  | 'montants.montantTtc'
  | 'montants.montantAPayer'
  | 'recapitulatifTva'
  | `recapitulatifTva.${number}.montantTva`;

/** One reason why an invoice cannot be deposited as it is. */
export interface ProblemeDepot {
  code: CodeProblemeDepot;
  champ: ChampDepot;
  message: string;
}
