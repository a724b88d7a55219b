/**
 * Normalized e-invoice model shared by every syntax (CII, UBL, ZUGFeRD 1.0).
 *
 * Every field is always present: `null` means "absent from the document", never zero.
 * Amounts, quantities and rates are canonical decimal strings (see `normaliserDecimal`):
 * exact values, never binary floating point. Dates are `YYYY-MM-DD` when the source
 * gives a full date, else the text as written. BT-xx refer to EN 16931 business terms.
 */

/** A canonical decimal string: no exponent, no leading "+", no superfluous zero ("1234.5", "-0.25", "0"). */
export type ValeurDecimale = string;

/** Chorus Pro knows two kinds of documents: invoices and credit notes. */
export type TypeDocument = 'facture' | 'avoir';

/** An identifier with its ISO 6523 / EAS scheme (SIRET is "0002" in Chorus-era files, SIREN in 2026 files). */
export interface Identifiant {
  valeur: string;
  schema: string | null;
}

/** BG-5 / BG-8 / BG-15 postal address. */
export interface Adresse {
  ligne1: string | null;
  ligne2: string | null;
  ligne3: string | null;
  codePostal: string | null;
  ville: string | null;
  subdivision: string | null;
  pays: string | null;
}

/** Seller (BG-4) or buyer (BG-7). */
export interface Partie {
  /** BT-27 / BT-44 */
  nom: string | null;
  /** BT-28 / BT-45 */
  nomCommercial: string | null;
  /** BT-29 / BT-46, in document order */
  identifiants: Identifiant[];
  /** BT-30 / BT-47 (SIRET or SIREN for French parties) */
  identifiantLegal: Identifiant | null;
  /** BT-31 / BT-48, verbatim (spaces kept) */
  numeroTva: string | null;
  /** BT-32: tax registration other than VAT */
  identifiantFiscal: string | null;
  /** BT-34 / BT-49 */
  adresseElectronique: Identifiant | null;
  /** BG-5 / BG-8 */
  adresse: Adresse | null;
}

/** BG-20 / BG-21 (document level, with VAT) or BG-27 / BG-28 (line level, VAT fields null). */
export interface RemiseOuFrais {
  nature: 'remise' | 'frais';
  montant: ValeurDecimale | null;
  base: ValeurDecimale | null;
  pourcentage: ValeurDecimale | null;
  categorieTva: string | null;
  tauxTva: ValeurDecimale | null;
  motif: string | null;
  codeMotif: string | null;
}

/** BG-25 invoice line. */
export interface LigneFacture {
  /** BT-126 */
  id: string | null;
  /** BT-153 */
  nom: string | null;
  /** BT-154 */
  description: string | null;
  /** BT-129 */
  quantite: ValeurDecimale | null;
  /** BT-130 (UN/ECE Rec 20) */
  unite: string | null;
  /** BT-146 */
  prixUnitaireNet: ValeurDecimale | null;
  /** BT-148 */
  prixUnitaireBrut: ValeurDecimale | null;
  /** BT-149 */
  quantiteBase: ValeurDecimale | null;
  /** BT-131 */
  montantNet: ValeurDecimale | null;
  /** BT-151 */
  categorieTva: string | null;
  /** BT-152 */
  tauxTva: ValeurDecimale | null;
  /** BG-27 / BG-28 */
  remisesEtFrais: RemiseOuFrais[];
  /** EXTENDED sub-lines: GROUP, DETAIL or INFORMATION */
  statut: string | null;
  /** EXTENDED sub-lines: id of the GROUP line */
  idLigneParente: string | null;
}

/** BG-23 VAT breakdown row. */
export interface LigneTva {
  /** BT-118 */
  categorie: string | null;
  /** BT-119 */
  taux: ValeurDecimale | null;
  /** BT-116 */
  baseImposable: ValeurDecimale | null;
  /** BT-117 */
  montant: ValeurDecimale | null;
  /** BT-120 */
  motifExoneration: string | null;
  /** BT-121 (VATEX) */
  codeMotifExoneration: string | null;
}

/** BG-22 document totals. */
export interface Totaux {
  /** BT-106 */
  totalLignes: ValeurDecimale | null;
  /** BT-107 */
  totalRemises: ValeurDecimale | null;
  /** BT-108 */
  totalFrais: ValeurDecimale | null;
  /** BT-109 */
  totalHt: ValeurDecimale | null;
  /** BT-110, in the invoice currency */
  totalTva: ValeurDecimale | null;
  /** BT-111, in the VAT accounting currency (BT-6) */
  totalTvaDeviseComptable: ValeurDecimale | null;
  /** BT-112 */
  totalTtc: ValeurDecimale | null;
  /** BT-113 */
  montantPrepaye: ValeurDecimale | null;
  /** BT-114 */
  arrondi: ValeurDecimale | null;
  /** BT-115 */
  netAPayer: ValeurDecimale | null;
}

/** BG-16 payment instruction. */
export interface MoyenPaiement {
  /** BT-81 (UNTDID 4461) */
  code: string | null;
  /** BT-82 */
  libelle: string | null;
  /** BT-84: IBAN or proprietary account id */
  compte: string | null;
  /** BT-86 */
  bic: string | null;
}

/** BG-1 invoice note. */
export interface Note {
  /** BT-21 */
  sujet: string | null;
  /** BT-22 */
  texte: string;
}

/** BG-3 preceding invoice reference (credit notes). */
export interface FactureAnterieure {
  numero: string;
  date: string | null;
}

export interface Periode {
  debut: string | null;
  fin: string | null;
}

export interface FactureNormalisee {
  /** BT-24 as written */
  specification: string | null;
  /** BT-23 (Chorus Pro "cadre de facturation" A1, S1...) */
  cadreFacturation: string | null;
  /** BT-1 */
  numero: string | null;
  /** Derived from BT-3 (credit-note codes give "avoir") */
  type: TypeDocument;
  /** BT-3 as written */
  codeType: string | null;
  /** BT-2 */
  dateEmission: string | null;
  /** BT-9, the first due date */
  dateEcheance: string | null;
  /** BT-72 */
  dateLivraison: string | null;
  /** BG-14 */
  periode: Periode | null;
  /** BT-5 */
  devise: string | null;
  /** BT-6 */
  deviseComptable: string | null;
  /** BG-1 */
  notes: Note[];
  vendeur: Partie;
  acheteur: Partie;
  /** BT-80 deliver-to country */
  paysLivraison: string | null;
  /** BT-10: the Chorus Pro service code */
  referenceAcheteur: string | null;
  /** BT-13: the Chorus Pro engagement number */
  numeroEngagement: string | null;
  /** BT-12 */
  referenceContrat: string | null;
  /** BG-3 */
  factureAnterieure: FactureAnterieure | null;
  /** BT-20 */
  conditionsPaiement: string | null;
  /** BG-16 */
  moyensPaiement: MoyenPaiement[];
  /** BG-25 priced lines (text-only note lines are dropped) */
  lignes: LigneFacture[];
  /** BG-20 / BG-21 */
  remisesEtFrais: RemiseOuFrais[];
  /** BG-23 */
  ventilationTva: LigneTva[];
  totaux: Totaux;
}
