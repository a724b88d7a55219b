/** Statuses of a simple invoice, from draft to payment (`statutFacture` / `statutCourantCode`). */
export const STATUTS_FACTURE = [
  'BROUILLON',
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
