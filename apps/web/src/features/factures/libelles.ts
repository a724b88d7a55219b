import type { ActionTraitement, Facture, FactureResume } from '@choral/contracts';
import type { Cadre } from './api';

/** Cadres offered here (simple invoices), as Chorus Pro names them; the contracts give codes only. */
const libellesCadre: Readonly<Record<string, string>> = {
  A1: 'Facture de fournisseur',
  A2: 'Facture de fournisseur déjà payée',
  A9: 'Facture de sous-traitant',
  A12: 'Facture de cotraitant',
};

export function libelleCadre(cadre: Cadre): string {
  const libelle = libellesCadre[cadre];
  return libelle ? `${cadre} — ${libelle}` : cadre;
}

export const libelleFormat: Readonly<Record<NonNullable<Facture['formatOrigine']>, string>> = {
  'pdf-simple': 'PDF simple, sans données structurées',
  'factur-x': 'Factur-X (PDF avec données XML)',
  cii: 'XML CII (UN/CEFACT)',
  'ubl-invoice': 'XML UBL (facture)',
  'ubl-creditnote': 'XML UBL (avoir)',
  'zugferd-1': 'ZUGFeRD 1.0',
};

export const libelleTypeFacture = { FACTURE: 'Facture', AVOIR: 'Avoir' } as const;

/** Tone of a status badge: the text says the status, the color only helps. */
export function toneStatut(statut: FactureResume['statut']): 'success' | 'warning' | 'danger' | 'neutral' {
  switch (statut) {
    case 'REJETEE':
    case 'REFUSEE_1':
    case 'ABANDONNEE':
    case 'SUPPRIMEE':
      return 'danger';
    case 'SUSPENDUE':
    case 'A_RECYCLER':
    case 'A_VALIDER_1':
    case 'ERREUR_FOURNISSEUR_SUR_VALIDEUR':
      return 'warning';
    case 'BROUILLON':
      return 'neutral';
    default:
      return 'success';
  }
}

const MO = 1024 * 1024;

/** The portal's file limits (the API enforces them; shown and pre-checked here). */
export const LIMITES = {
  facture: 120 * MO,
  pieceJointe: 10 * MO,
  total: 120 * MO,
  nomPieceJointe: 50,
} as const;

/** Why the API would refuse an invoice file, or a flux, for its size: empty, or over 120 Mo. */
export function tailleFichierRefusee(fichier: File): string | undefined {
  if (fichier.size === 0) return 'Le fichier est vide.';
  if (fichier.size > LIMITES.facture) return 'Le fichier dépasse 120 Mo.';
  return undefined;
}

/**
 * « Traiter » several received invoices at once: the actions that make sense in bulk (the
 * contracts give no labels for actions outside an invoice's `actionsPossibles`).
 */
export const ACTIONS_GROUPEES = [
  { action: 'PRENDRE_EN_COMPTE', libelle: 'Prendre en compte', motif: 'FACULTATIF' },
  { action: 'ATTESTER_SERVICE_FAIT', libelle: 'Attester le service fait', motif: 'FACULTATIF' },
  { action: 'SUSPENDRE', libelle: 'Suspendre', motif: 'OBLIGATOIRE' },
  { action: 'REJETER', libelle: 'Rejeter', motif: 'OBLIGATOIRE' },
  { action: 'DEMANDER_RECYCLAGE', libelle: 'Mettre à recycler', motif: 'RECOMMANDE' },
  {
    action: 'METTRE_A_DISPOSITION_COMPTABLE',
    libelle: 'Mettre à disposition du comptable',
    motif: 'FACULTATIF',
  },
  { action: 'COMPTABILISER', libelle: 'Comptabiliser', motif: 'FACULTATIF' },
  { action: 'METTRE_EN_PAIEMENT', libelle: 'Mettre en paiement', motif: 'FACULTATIF' },
] as const satisfies readonly { action: ActionTraitement; libelle: string; motif: Exigence }[];

/** « Traiter la sélection » in Factures à valider: validate, or refuse with a coded motif. */
export const ACTIONS_VALIDATION_GROUPEES = [
  { action: 'VALIDER', libelle: 'Valider', motif: 'FACULTATIF' },
  { action: 'REFUSER_VALIDATION', libelle: 'Refuser', motif: 'FACULTATIF' },
] as const satisfies readonly { action: ActionTraitement; libelle: string; motif: Exigence }[];

export type Exigence = Facture['actionsPossibles'][number]['motif'];
