import type { StatutFacture } from './statuts.ts';

/**
 * The valideur's side of A9 / A12 invoices: the coded refusal motifs
 * (`recuperer/motifs/refus/Facture/AValider`) and the delay after which silence
 * is a validation. Chorus Pro's own codes are not published: these are ours.
 */
export const MOTIFS_REFUS_VALIDATION = [
  { id: 1, code: 'PRESTATION_NON_REALISEE', libelle: 'Prestation non réalisée ou non conforme' },
  { id: 2, code: 'MONTANT_ERRONE', libelle: 'Montant erroné ou supérieur au montant sous-traité' },
  { id: 3, code: 'HORS_PERIMETRE', libelle: 'Prestation hors du périmètre sous-traité ou cotraité' },
  { id: 4, code: 'DOUBLON', libelle: 'Facture déjà présentée' },
  { id: 5, code: 'PIECES_MANQUANTES', libelle: 'Pièces justificatives manquantes' },
  { id: 6, code: 'REFERENCES_ERRONEES', libelle: 'Références du marché erronées' },
  { id: 7, code: 'AUTRE', libelle: 'Autre motif' },
] as const;

export type CodeMotifRefusValidation = (typeof MOTIFS_REFUS_VALIDATION)[number]['code'];

/** The motif with this code, if it is one. */
export function trouverMotifRefusValidation(code: string) {
  return MOTIFS_REFUS_VALIDATION.find((motif) => motif.code === code);
}

/**
 * Whether the valideur named on an invoice sees it in this status: from the moment it is put to
 * him on (he follows what becomes of the invoices he validated), never a draft.
 */
export function statutVisiblePourValideur(statut: StatutFacture): boolean {
  return statut !== 'BROUILLON' && statut !== 'SUPPRIMEE';
}

/** The titulaire or mandataire has 15 days to accept or refuse; silence is a tacit validation. */
export const DELAI_VALIDATION_JOURS = 15;

const JOUR_MS = 24 * 60 * 60 * 1000;

/** Whether an invoice awaiting validation since `depuis` is tacitly validated at `maintenant`. */
export function validationTaciteEchue(depuis: Date, maintenant: Date): boolean {
  return maintenant.getTime() - depuis.getTime() >= DELAI_VALIDATION_JOURS * JOUR_MS;
}

/** The moment before which an invoice put to validation is tacitly validated at `maintenant`. */
export function limiteValidationTacite(maintenant: Date): Date {
  return new Date(maintenant.getTime() - DELAI_VALIDATION_JOURS * JOUR_MS);
}
