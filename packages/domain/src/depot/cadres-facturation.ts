/** Who deposits the document a cadre de facturation describes. */
export type DeposantCadre = 'FOURNISSEUR' | 'SOUS_TRAITANT' | 'COTRAITANT' | 'MOE' | 'MOA' | 'BENEFICIAIRE';

/** Kind of payment request (`typeDemandePaiement`), which decides the portal application handling it. */
export type TypeDemandePaiement =
  | 'FACTURE'
  | 'FACTURE_TRAVAUX'
  | 'MEMOIRE_JUSTICE'
  | 'DEMANDE_REMBOURSEMENT_TIC';

export interface CadreFacturation {
  /** Short code used in XML flows and the portal (A1…A25). */
  code: CodeCadreFacturation;
  /** `codeCadreFacturation` value in the API. */
  valeurApi: ValeurApiCadreFacturation;
  libelle: string;
  typeDemandePaiement: TypeDemandePaiement;
  deposant: DeposantCadre;
  /** A9 and A12 invoices go through a valideur (titulaire or mandataire) before the recipient. */
  avecValideur: boolean;
  /** Still in the API enum but no longer offered for new deposits. */
  obsolete: boolean;
}

type Ligne = readonly [
  code: string,
  valeurApi: string,
  libelle: string,
  type: TypeDemandePaiement,
  deposant: DeposantCadre,
];

const LIGNES = [
  ['A1', 'A1_FACTURE_FOURNISSEUR', 'Facture de fournisseur', 'FACTURE', 'FOURNISSEUR'],
  ['A2', 'A2_FACTURE_FOURNISSEUR_DEJA_PAYEE', 'Facture de fournisseur déjà payée', 'FACTURE', 'FOURNISSEUR'],
  ['A3', 'A3_MEMOIRE_JUSTICE', 'Mémoire de frais de justice', 'MEMOIRE_JUSTICE', 'FOURNISSEUR'],
  [
    'A4',
    'A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR',
    'Projet de décompte mensuel du fournisseur',
    'FACTURE_TRAVAUX',
    'FOURNISSEUR',
  ],
  ['A5', 'A5_ETAT_ACOMPTE_FOURNISSEUR', 'État d’acompte du fournisseur', 'FACTURE_TRAVAUX', 'FOURNISSEUR'],
  [
    'A6',
    'A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR',
    'État d’acompte validé du fournisseur',
    'FACTURE_TRAVAUX',
    'FOURNISSEUR',
  ],
  [
    'A7',
    'A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR',
    'Projet de décompte final du fournisseur',
    'FACTURE_TRAVAUX',
    'FOURNISSEUR',
  ],
  [
    'A8',
    'A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR',
    'Décompte général et définitif du fournisseur',
    'FACTURE_TRAVAUX',
    'FOURNISSEUR',
  ],
  ['A9', 'A9_FACTURE_SOUSTRAITANT', 'Facture de sous-traitant', 'FACTURE', 'SOUS_TRAITANT'],
  [
    'A10',
    'A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT',
    'Projet de décompte mensuel du sous-traitant',
    'FACTURE_TRAVAUX',
    'SOUS_TRAITANT',
  ],
  [
    'A11',
    'A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT',
    'Projet de décompte final du sous-traitant',
    'FACTURE_TRAVAUX',
    'SOUS_TRAITANT',
  ],
  ['A12', 'A12_FACTURE_COTRAITANT', 'Facture de cotraitant', 'FACTURE', 'COTRAITANT'],
  [
    'A13',
    'A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT',
    'Projet de décompte mensuel du cotraitant',
    'FACTURE_TRAVAUX',
    'COTRAITANT',
  ],
  [
    'A14',
    'A14_PROJET_DECOMPTE_FINAL_COTRAITANT',
    'Projet de décompte final du cotraitant',
    'FACTURE_TRAVAUX',
    'COTRAITANT',
  ],
  ['A15', 'A15_ETAT_ACOMPTE_MOE', 'État d’acompte de la maîtrise d’œuvre', 'FACTURE_TRAVAUX', 'MOE'],
  [
    'A16',
    'A16_ETAT_ACOMPTE_VALIDE_MOE',
    'État d’acompte validé par la maîtrise d’œuvre',
    'FACTURE_TRAVAUX',
    'MOE',
  ],
  [
    'A17',
    'A17_PROJET_DECOMPTE_GENERAL_MOE',
    'Projet de décompte général de la maîtrise d’œuvre',
    'FACTURE_TRAVAUX',
    'MOE',
  ],
  ['A18', 'A18_DECOMPTE_GENERAL_MOE', 'Décompte général de la maîtrise d’œuvre', 'FACTURE_TRAVAUX', 'MOE'],
  [
    'A19',
    'A19_ETAT_ACOMPTE_VALIDE_MOA',
    'État d’acompte validé par la maîtrise d’ouvrage',
    'FACTURE_TRAVAUX',
    'MOA',
  ],
  ['A20', 'A20_DECOMPTE_GENERAL_MOA', 'Décompte général de la maîtrise d’ouvrage', 'FACTURE_TRAVAUX', 'MOA'],
  [
    'A21',
    'A21_DEMANDE_REMBOURSEMENT_TIC',
    'Demande de remboursement de la TIC',
    'DEMANDE_REMBOURSEMENT_TIC',
    'BENEFICIAIRE',
  ],
  [
    'A22',
    'A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE',
    'Projet de décompte général du fournisseur (procédure tacite)',
    'FACTURE_TRAVAUX',
    'FOURNISSEUR',
  ],
  [
    'A23',
    'A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR',
    'Décompte général et définitif tacite du fournisseur',
    'FACTURE_TRAVAUX',
    'FOURNISSEUR',
  ],
  [
    'A24',
    'A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE',
    'Décompte général et définitif de la maîtrise d’œuvre (procédure tacite)',
    'FACTURE_TRAVAUX',
    'MOE',
  ],
  [
    'A25',
    'A25_DECOMPTE_GENERAL_DEFINITIF_MOE_PROCEDURE_TACITE',
    'Décompte général et définitif de la maîtrise d’ouvrage (procédure tacite)',
    'FACTURE_TRAVAUX',
    'MOA',
  ],
] as const satisfies readonly Ligne[];

export type CodeCadreFacturation = (typeof LIGNES)[number][0];
export type ValeurApiCadreFacturation = (typeof LIGNES)[number][1];

/** A11 is still in the API enum (old data must read) but absent from current AIFE lists. */
const CADRES_OBSOLETES: ReadonlySet<CodeCadreFacturation> = new Set(['A11']);

/** Every cadre de facturation, in code order (A1…A25). */
export const CADRES_FACTURATION: readonly CadreFacturation[] = LIGNES.map(
  ([code, valeurApi, libelle, typeDemandePaiement, deposant]) => ({
    code,
    valeurApi,
    libelle,
    typeDemandePaiement,
    deposant,
    avecValideur:
      typeDemandePaiement === 'FACTURE' && (deposant === 'SOUS_TRAITANT' || deposant === 'COTRAITANT'),
    obsolete: CADRES_OBSOLETES.has(code),
  }),
);

/** The cadre preselected in the deposit form: an ordinary supplier invoice. */
export const CADRE_FACTURATION_PAR_DEFAUT: CodeCadreFacturation = 'A1';

/** The cadre with this short code (A1…) or API value (A1_FACTURE_FOURNISSEUR…), if any. */
export function trouverCadreFacturation(codeOuValeurApi: string): CadreFacturation | undefined {
  return CADRES_FACTURATION.find(
    (cadre) => cadre.code === codeOuValeurApi || cadre.valeurApi === codeOuValeurApi,
  );
}

/**
 * The lifecycle action « Valider et envoyer » performs for a cadre: an A9 / A12 invoice is put to
 * its valideur (A_VALIDER_1), any other is deposited and routed (DEPOSEE).
 */
export function actionDeDepot(cadre: string): 'DEPOSER' | 'SOUMETTRE_A_VALIDATION' {
  return trouverCadreFacturation(cadre)?.avecValideur ? 'SOUMETTRE_A_VALIDATION' : 'DEPOSER';
}

/** Portal applications through which a supplier deposits documents. */
export type EspaceDepot = 'FACTURES_EMISES' | 'FACTURES_TRAVAUX';

const TYPE_PAR_ESPACE: Readonly<Record<EspaceDepot, TypeDemandePaiement>> = {
  FACTURES_EMISES: 'FACTURE',
  FACTURES_TRAVAUX: 'FACTURE_TRAVAUX',
};

/**
 * Cadres offered for new deposits in an application: simple invoices (A1, A2,
 * A9, A12) in "Factures émises", works documents in "Factures de travaux".
 */
export function cadresProposes(espace: EspaceDepot): CadreFacturation[] {
  return CADRES_FACTURATION.filter(
    (cadre) => cadre.typeDemandePaiement === TYPE_PAR_ESPACE[espace] && !cadre.obsolete,
  );
}
