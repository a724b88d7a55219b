import { STATUTS_FACTURE } from '@choral/domain/cycle-de-vie';
import { CADRE_FACTURATION_PAR_DEFAUT, cadresProposes } from '@choral/domain/depot';
import { z } from 'zod';

// Shared with the web form, so that totals shown while typing are computed like the server's.
export { calculerTotaux, type LigneSaisie, type TotauxSaisie } from '@choral/domain/depot';

const [premierCadre, ...autresCadres] = cadresProposes('FACTURES_EMISES').map((cadre) => cadre.code);
/** Cadres offered in « Déposer une facture » (A1, A2, A9, A12). */
export const CadreDepotSchema = z.enum([premierCadre ?? CADRE_FACTURATION_PAR_DEFAUT, ...autresCadres]);

export const StatutFactureSchema = z.enum(STATUTS_FACTURE);
export const TypeFactureSchema = z.enum(['FACTURE', 'AVOIR']);
export const ModeDepotSchema = z.enum(['DEPOT', 'SAISIE']);
export const RoleDocumentSchema = z.enum(['ORIGINAL', 'FACTURX_GENERE', 'PIECE_JOINTE']);
/** Detected format of a deposited file (see @choral/formats `Format`). */
export const FormatOrigineSchema = z.enum([
  'pdf-simple',
  'factur-x',
  'cii',
  'ubl-invoice',
  'ubl-creditnote',
  'zugferd-1',
]);

/** An amount in euros or the invoice currency: two decimals at most, as a string ("1234.50"). */
const Montant = z
  .string()
  .trim()
  .regex(/^-?\d{1,15}(\.\d{1,2})?$/, 'Montant attendu, ex. 1234.50.');
const Quantite = z
  .string()
  .trim()
  .regex(/^-?\d{1,12}(\.\d{1,6})?$/, 'Nombre attendu, ex. 2 ou 1.5.');
const Taux = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,2})?$/, 'Taux en %, ex. 20 ou 5.5.');
const DateJour = z.iso.date('Date au format AAAA-MM-JJ.');
const TexteOptionnel = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus.`)
    .nullish()
    .transform((v) => (v ? v : null));

export const LigneRecapitulatifTvaSchema = z.object({ taux: Taux, baseHt: Montant, montantTva: Montant });
export type LigneRecapitulatifTva = z.infer<typeof LigneRecapitulatifTvaSchema>;

/** A manual-entry line (« Saisir une facture »); its amount is computed by the server. */
export const LigneSaisieSchema = z.object({
  designation: z.string().trim().min(1, 'Champ obligatoire.').max(200, '200 caractères au plus.'),
  quantite: Quantite,
  /** UN/ECE Rec 20 code, e.g. C62 (unité), HUR (heure), DAY (jour). */
  unite: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,3}$/, 'Code d’unité, ex. C62, HUR, DAY.')
    .default('C62'),
  prixUnitaireHt: Quantite,
  /** Discount amount HT on the line. */
  remise: Montant.nullish().transform((v) => v ?? null),
  tauxTva: Taux,
});
export type LigneSaisieBody = z.input<typeof LigneSaisieSchema>;

/**
 * The deposit form, grouped as the page is; every field is optional while it is a draft
 * (checks run at « Valider et envoyer »). A PUT replaces the whole form. For a manual entry
 * (mode SAISIE) `montants` and `recapitulatifTva` are computed from `lignes` and any sent
 * value is ignored; for a deposited file `lignes` is ignored.
 */
export const DonneesFactureSchema = z.object({
  cadre: CadreDepotSchema.default(CADRE_FACTURATION_PAR_DEFAUT),
  identification: z
    .object({
      numero: TexteOptionnel(20),
      dateFacture: DateJour.nullish().transform((v) => v ?? null),
      type: TypeFactureSchema.default('FACTURE'),
      devise: z
        .string()
        .trim()
        .regex(/^[A-Z]{3}$/, 'Code ISO 4217 à trois lettres, ex. EUR.')
        .default('EUR'),
    })
    .prefault({}),
  destinataire: z
    .object({
      /** Identifier (SIRET) of the public structure chosen in the annuaire. */
      identifiant: TexteOptionnel(35),
      codeService: TexteOptionnel(100),
    })
    .prefault({}),
  references: z
    .object({
      numeroEngagement: TexteOptionnel(50),
      numeroMarche: TexteOptionnel(50),
      /** Number of the invoice an avoir corrects. */
      factureOrigine: TexteOptionnel(20),
    })
    .prefault({}),
  montants: z
    .object({
      montantHt: Montant.nullish().transform((v) => v ?? null),
      montantTva: Montant.nullish().transform((v) => v ?? null),
      montantTtc: Montant.nullish().transform((v) => v ?? null),
      montantAPayer: Montant.nullish().transform((v) => v ?? null),
    })
    .prefault({}),
  recapitulatifTva: z.array(LigneRecapitulatifTvaSchema).max(20).default([]),
  lignes: z.array(LigneSaisieSchema).max(500).default([]),
  commentaire: TexteOptionnel(200),
});
export type DonneesFacture = z.infer<typeof DonneesFactureSchema>;
export type DonneesFactureBody = z.input<typeof DonneesFactureSchema>;

/** « Saisir une facture »: a new manual-entry draft for one of the user's structures. */
export const CreerBrouillonBodySchema = DonneesFactureSchema.extend({
  structureId: z.number().int().positive(),
});
export type CreerBrouillonBody = z.input<typeof CreerBrouillonBodySchema>;

/**
 * Multipart fields of `POST /api/factures/brouillons/depot`, sent before the file part
 * `fichier` (.pdf or .xml: Factur-X, CII, UBL or plain PDF, 120 MB at most).
 */
export const DepotFichierChampsSchema = z.object({
  structureId: z.coerce.number().int().positive(),
  cadre: CadreDepotSchema.default(CADRE_FACTURATION_PAR_DEFAUT),
});

/** Extensions accepted for complementary attachments (Chorus Pro's list). */
export const EXTENSIONS_PIECES_JOINTES = [
  'bmp',
  'gif',
  'fax',
  'odt',
  'ppt',
  'tiff',
  'xls',
  'bz2',
  'gz',
  'jpeg',
  'p7s',
  'rtf',
  'txt',
  'xml',
  'csv',
  'gzip',
  'jpg',
  'pdf',
  'svg',
  'xhtml',
  'xlsx',
  'doc',
  'htm',
  'odp',
  'png',
  'tgz',
  'xlc',
  'zip',
  'docx',
  'html',
  'ods',
  'pps',
  'tif',
  'xlm',
  'pptx',
] as const;

export const TYPES_PIECE_JOINTE = [
  'BON_DE_COMMANDE',
  'BON_DE_LIVRAISON',
  'DEVIS',
  'CONTRAT',
  'JUSTIFICATIF',
  'AUTRE',
] as const;
export const TypePieceJointeSchema = z.enum(TYPES_PIECE_JOINTE);
export const LIBELLES_TYPE_PIECE_JOINTE: Readonly<Record<(typeof TYPES_PIECE_JOINTE)[number], string>> = {
  BON_DE_COMMANDE: 'Bon de commande',
  BON_DE_LIVRAISON: 'Bon de livraison',
  DEVIS: 'Devis',
  CONTRAT: 'Contrat',
  JUSTIFICATIF: 'Justificatif',
  AUTRE: 'Autre',
};

/** Multipart fields of `POST …/pieces-jointes`, sent before the file part `fichier`. */
export const PieceJointeChampsSchema = z.object({
  designation: z.string().trim().min(1, 'Champ obligatoire.').max(100, '100 caractères au plus.'),
  type: TypePieceJointeSchema,
});

export const FactureParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const DocumentParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  docId: z.coerce.number().int().positive(),
});
export const TelechargementQuerySchema = z.object({
  /** `inline` shows a PDF in the browser (preview beside the form); anything else downloads. */
  disposition: z.enum(['inline', 'attachment']).default('attachment'),
});

export const DocumentFactureSchema = z.object({
  id: z.number().int(),
  role: RoleDocumentSchema,
  nom: z.string(),
  typeMime: z.string(),
  taille: z.number().int(),
  sha256: z.string(),
  designation: z.string().nullable(),
  typePieceJointe: TypePieceJointeSchema.nullable(),
  creeLe: z.iso.datetime(),
});
export type DocumentFacture = z.infer<typeof DocumentFactureSchema>;

export const EvenementHistoriqueSchema = z.object({
  statut: StatutFactureSchema,
  libelleStatut: z.string(),
  le: z.iso.datetime(),
  /** « Prénom Nom » of the user who acted, null for the platform. */
  auteur: z.string().nullable(),
  motif: z.string().nullable(),
  commentaire: z.string().nullable(),
});

/** An EN 16931 finding on the document (`emplacement` is a path in the normalized invoice). */
export const ConstatSchema = z.object({
  regle: z.string(),
  severite: z.enum(['erreur', 'avertissement']),
  message: z.string(),
  emplacement: z.string(),
});
export type Constat = z.infer<typeof ConstatSchema>;

const MontantLu = z.string().nullable();

export const FactureSchema = z.object({
  id: z.number().int(),
  numeroPortail: z.string().nullable(),
  statut: StatutFactureSchema,
  libelleStatut: z.string(),
  mode: ModeDepotSchema,
  formatOrigine: FormatOrigineSchema.nullable(),
  profil: z.string().nullable(),
  cadre: CadreDepotSchema,
  identification: z.object({
    numero: z.string().nullable(),
    dateFacture: DateJour.nullable(),
    type: TypeFactureSchema,
    devise: z.string(),
  }),
  fournisseur: z.object({ id: z.number().int(), identifiant: z.string(), raisonSociale: z.string() }),
  destinataire: z.object({
    identifiant: z.string().nullable(),
    raisonSociale: z.string().nullable(),
    codeService: z.string().nullable(),
    libelleService: z.string().nullable(),
  }),
  references: z.object({
    numeroEngagement: z.string().nullable(),
    numeroMarche: z.string().nullable(),
    factureOrigine: z.string().nullable(),
  }),
  /** Amounts with two decimals ("1234.50"). */
  montants: z.object({
    montantHt: MontantLu,
    montantTva: MontantLu,
    montantTtc: MontantLu,
    montantAPayer: MontantLu,
  }),
  recapitulatifTva: z.array(LigneRecapitulatifTvaSchema),
  /** Manual entry lines with their computed amount HT. */
  lignes: z.array(
    z.object({
      designation: z.string(),
      quantite: z.string(),
      unite: z.string(),
      prixUnitaireHt: z.string(),
      remise: z.string().nullable(),
      tauxTva: z.string(),
      montantHt: z.string(),
    }),
  ),
  commentaire: z.string().nullable(),
  dateDepot: z.iso.datetime().nullable(),
  empreinte: z.string().nullable(),
  documents: z.array(DocumentFactureSchema),
  historique: z.array(EvenementHistoriqueSchema),
  /** EN 16931 findings on the deposited document: errors block the submission, warnings do not. */
  constats: z.array(ConstatSchema),
  /** What the caller may do now; the web app shows buttons from this. */
  actions: z.object({ modifier: z.boolean(), supprimer: z.boolean(), envoyer: z.boolean() }),
  creeLe: z.iso.datetime(),
  modifieLe: z.iso.datetime(),
});
export type Facture = z.infer<typeof FactureSchema>;

/** What « Valider et envoyer » answers: the deposit certificate's data, to print. */
export const ConfirmationDepotSchema = z.object({
  id: z.number().int(),
  numeroPortail: z.string(),
  statut: StatutFactureSchema,
  dateDepot: z.iso.datetime(),
  empreinte: z.string(),
  numero: z.string(),
  montantTtc: z.string(),
  devise: z.string(),
  fournisseur: z.object({ identifiant: z.string(), raisonSociale: z.string() }),
  destinataire: z.object({
    identifiant: z.string(),
    raisonSociale: z.string(),
    codeService: z.string().nullable(),
  }),
  /** Non-blocking EN 16931 findings, shown on the confirmation. */
  avertissements: z.array(ConstatSchema),
});
export type ConfirmationDepot = z.infer<typeof ConfirmationDepotSchema>;

export const FacturesEmisesQuerySchema = z.object({ structureId: z.coerce.number().int().positive() });
export const FactureResumeSchema = z.object({
  id: z.number().int(),
  numeroPortail: z.string().nullable(),
  numero: z.string().nullable(),
  type: TypeFactureSchema,
  destinataire: z.string().nullable(),
  dateFacture: DateJour.nullable(),
  dateDepot: z.iso.datetime().nullable(),
  montantTtc: MontantLu,
  devise: z.string(),
  statut: StatutFactureSchema,
  libelleStatut: z.string(),
  mode: ModeDepotSchema,
});
export type FactureResume = z.infer<typeof FactureResumeSchema>;
export const FacturesEmisesResponseSchema = z.object({ factures: z.array(FactureResumeSchema) });
