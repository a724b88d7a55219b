/**
 * Who acts on an invoice: Chorus Pro itself, the supplier who issued it, the public entity
 * receiving it, and for a subcontractor's or cotraitant's invoice (A9, A12) the valideur
 * (titulaire or mandataire) who must accept it before it goes to the recipient.
 */
export const ACTEURS_FACTURE = ['PLATEFORME', 'FOURNISSEUR', 'DESTINATAIRE', 'VALIDEUR'] as const;

export type ActeurFacture = (typeof ACTEURS_FACTURE)[number];

/** The actor as named inside a French sentence ("effectuée par le destinataire"). */
export const LIBELLES_ACTEUR_FACTURE: Readonly<Record<ActeurFacture, string>> = {
  PLATEFORME: 'la plateforme',
  FOURNISSEUR: 'le fournisseur',
  DESTINATAIRE: 'le destinataire',
  VALIDEUR: 'le valideur',
};
