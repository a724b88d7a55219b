/**
 * Statuses of a simple invoice, from draft to payment (`statutFacture` / `statutCourantCode`);
 * A9 and A12 invoices first go through the valideur's statuses (`…_1`: first level).
 */
export const STATUTS_FACTURE = [
  'BROUILLON',
  'A_VALIDER_1',
  'ERREUR_FOURNISSEUR_SUR_VALIDEUR',
  'REFUSEE_1',
  'VALIDEE_1',
  'ABSENCE_VALIDATION_1_HORS_DELAI',
  'DEPOSEE',
  'EN_COURS_ACHEMINEMENT',
  'MISE_A_DISPOSITION',
  'PRISE_EN_COMPTE_DESTINATAIRE',
  'A_RECYCLER',
  'SUSPENDUE',
  'COMPLETEE',
  'REJETEE',
  'SERVICE_FAIT',
  'MANDATEE',
  'MISE_A_DISPOSITION_COMPTABLE',
  'COMPTABILISEE',
  'MISE_EN_PAIEMENT',
  'ABANDONNEE',
  'SUPPRIMEE',
] as const;

export type StatutFacture = (typeof STATUTS_FACTURE)[number];

/** Label shown in the portal. */
export const LIBELLES_STATUT_FACTURE: Readonly<Record<StatutFacture, string>> = {
  BROUILLON: 'Brouillon',
  A_VALIDER_1: 'À valider',
  ERREUR_FOURNISSEUR_SUR_VALIDEUR: 'Erreur du fournisseur sur le valideur',
  REFUSEE_1: 'Refusée par le valideur',
  VALIDEE_1: 'Validée',
  ABSENCE_VALIDATION_1_HORS_DELAI: 'Validée tacitement (absence de validation dans le délai)',
  DEPOSEE: 'Déposée',
  EN_COURS_ACHEMINEMENT: 'En cours d’acheminement',
  MISE_A_DISPOSITION: 'Mise à disposition du destinataire',
  PRISE_EN_COMPTE_DESTINATAIRE: 'Prise en compte par le destinataire',
  A_RECYCLER: 'À recycler',
  SUSPENDUE: 'Suspendue',
  COMPLETEE: 'Complétée',
  REJETEE: 'Rejetée',
  SERVICE_FAIT: 'Service fait',
  MANDATEE: 'Mandatée',
  MISE_A_DISPOSITION_COMPTABLE: 'Mise à disposition du comptable',
  COMPTABILISEE: 'Comptabilisée',
  MISE_EN_PAIEMENT: 'Mise en paiement',
  ABANDONNEE: 'Abandonnée',
  SUPPRIMEE: 'Supprimée',
};
