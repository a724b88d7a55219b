import {
  ACTIONS_FACTURE,
  LISTE_ACTIONS_FACTURE,
  LONGUEUR_MAXIMALE_MOTIF,
  STATUTS_FACTURE,
} from '@choral/domain/cycle-de-vie';

// The valideur's coded refusal motifs, for the portal's select (the API serves them too).
export { MOTIFS_REFUS_VALIDATION } from '@choral/domain/cycle-de-vie';

import { CADRE_FACTURATION_PAR_DEFAUT, cadresProposes, trouverCadreFacturation } from '@choral/domain/depot';
import { z } from 'zod';
import { IdSchema, IdTexteSchema } from './identifiants.ts';

// Shared with the web form, so that totals shown while typing are computed like the server's.
export { calculerTotaux, type LigneSaisie, type TotauxSaisie } from '@choral/domain/depot';

const [premierCadre, ...autresCadres] = cadresProposes('FACTURES_EMISES').map((cadre) => cadre.code);
/** Cadres offered in « Déposer une facture » (A1, A2, A9, A12). */
export const CadreDepotSchema = z.enum([premierCadre ?? CADRE_FACTURATION_PAR_DEFAUT, ...autresCadres]);
/**
 * A cadre as the portal's API and /cpro both accept it, short code (`A1`) or API enum name
 * (`A1_FACTURE_FOURNISSEUR`), kept as its short code.
 */
export const CadreDepotEntreeSchema = z
  .string()
  .transform((valeur, ctx) => {
    const cadre = trouverCadreFacturation(valeur.trim());
    if (cadre) return cadre.code;
    ctx.addIssue({ code: 'custom', message: `Cadre de facturation inconnu « ${valeur} ».` });

    return z.NEVER;
  })
  .pipe(
    z.enum(CadreDepotSchema.options, {
      message: `Cadre de facturation non proposé au dépôt de factures (${CadreDepotSchema.options.join(', ')}).`,
    }),
  );

/** Whether invoices of this cadre name a valideur (A9, A12): the form shows its fields then. */
export function cadreAvecValideur(cadre: string): boolean {
  return trouverCadreFacturation(cadre)?.avecValideur ?? false;
}

export const StatutFactureSchema = z.enum(STATUTS_FACTURE);
export const ActionFactureSchema = z.enum(LISTE_ACTIONS_FACTURE);
/**
 * Which party the caller acts for on an invoice: its supplier, its recipient, or for an A9 / A12
 * invoice the valideur (titulaire or mandataire, « Factures à valider »).
 */
export const CoteSchema = z.enum(['FOURNISSEUR', 'DESTINATAIRE', 'VALIDEUR']);
export type Cote = z.infer<typeof CoteSchema>;
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
/** A calendar day (`AAAA-MM-JJ`): invoice dates, and the French days of deposit filters. */
export const DateJour = z.iso.date('Date au format AAAA-MM-JJ.');
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
  cadre: CadreDepotEntreeSchema.default(CADRE_FACTURATION_PAR_DEFAUT),
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
  /**
   * A9 / A12 only: the structure that validates the invoice before it is routed (the titulaire
   * for a subcontractor, the mandataire for a cotraitant), private or public, and optionally its service.
   */
  valideur: z
    .object({
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
  structureId: IdSchema,
});
export type CreerBrouillonBody = z.input<typeof CreerBrouillonBodySchema>;

/**
 * Multipart fields of `POST /api/factures/brouillons/depot`, sent before the file part
 * `fichier` (.pdf or .xml: Factur-X, CII, UBL or plain PDF, 120 MB at most).
 */
export const DepotFichierChampsSchema = z.object({
  structureId: IdTexteSchema,
  cadre: CadreDepotEntreeSchema.default(CADRE_FACTURATION_PAR_DEFAUT),
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

export const FactureParamsSchema = z.object({ id: IdTexteSchema });
export const DocumentParamsSchema = z.object({
  id: IdTexteSchema,
  docId: IdTexteSchema,
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
  /** The lifecycle action that wrote the entry (ACQUITTER_REJET keeps the status REJETEE). */
  action: ActionFactureSchema.nullable(),
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
  /** The flux it came in (deposer/flux, a batch), null for a deposit or entry in the portal. */
  flux: z.object({ id: z.number().int(), numero: z.string(), syntaxe: z.string() }).nullable(),
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
  /** A9 / A12: the structure that validates the invoice before it is routed; null otherwise. */
  valideur: z
    .object({
      identifiant: z.string(),
      raisonSociale: z.string(),
      codeService: z.string().nullable(),
    })
    .nullable(),
  /** When it was (last) put to its valideur: tacitly validated 15 days later. */
  miseAValidationLe: z.iso.datetime().nullable(),
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
  /** What the caller may do with a draft; the web app shows buttons from this. */
  actions: z.object({ modifier: z.boolean(), supprimer: z.boolean(), envoyer: z.boolean() }),
  /**
   * The lifecycle actions allowed from the current status for the caller's side: POST
   * `/api/factures/:id/actions` (or `/recyclage` for RECYCLER; DEPOSER and SUPPRIMER are the
   * draft's `envoi` and DELETE). `motif`: whether a motif must, should or may be given.
   */
  actionsPossibles: z.array(
    z.object({
      action: ActionFactureSchema,
      libelle: z.string(),
      motif: z.enum(['OBLIGATOIRE', 'RECOMMANDE', 'FACULTATIF']),
      numeroMandatRequis: z.boolean(),
      /** A valideur's refusal needs a coded motif (`codeMotifRefus`). */
      motifRefusRequis: z.boolean(),
    }),
  ),
  /** The caller's side: supplier (Factures émises), recipient (Factures reçues) or valideur (Factures à valider). */
  cote: CoteSchema,
  /** When routing made it available to the recipient; null before (or while recycled). */
  dateMiseADisposition: z.iso.datetime().nullable(),
  /** Start of the payment delay: the mise à disposition, or the completion after a suspension. */
  debutDelaiPaiement: z.iso.datetime().nullable(),
  numeroMandat: z.string().nullable(),
  /** When the supplier acknowledged the rejection. */
  acquitteLe: z.iso.datetime().nullable(),
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

export const FactureResumeSchema = z.object({
  id: z.number().int(),
  numeroPortail: z.string().nullable(),
  numero: z.string().nullable(),
  type: TypeFactureSchema,
  cadre: z.string(),
  fournisseur: z.string(),
  destinataire: z.string().nullable(),
  codeService: z.string().nullable(),
  dateFacture: DateJour.nullable(),
  dateDepot: z.iso.datetime().nullable(),
  dateMiseADisposition: z.iso.datetime().nullable(),
  montantTtc: MontantLu,
  devise: z.string(),
  /** As the caller's side sees it (a MISE_EN_PAIEMENT not reported stays hidden from the supplier). */
  statut: StatutFactureSchema,
  libelleStatut: z.string(),
  mode: ModeDepotSchema,
});
export type FactureResume = z.infer<typeof FactureResumeSchema>;

/** Sort keys of the invoice searches; ties are broken by id, in the same direction. */
export const TRIS_FACTURES = [
  'dateDepot',
  'dateFacture',
  'dateMiseADisposition',
  'montantTtc',
  'numero',
] as const;
export const TriFacturesSchema = z.enum(TRIS_FACTURES);

const ListeStatuts = z
  .string()
  .transform((v) => v.split(',').filter((x) => x !== ''))
  .pipe(z.array(StatutFactureSchema).max(STATUTS_FACTURE.length));
const Texte = (max: number) => z.string().trim().min(1).max(max).optional();

/**
 * Filters, sort and page of « Factures reçues » and « Factures émises » (and their CSV export).
 * `statut`: one or several, comma-separated. `numero`: the supplier's number, from its start.
 * `fournisseur` (recipient side): identifier from its start, or part of the name;
 * `destinataire` (supplier side): the same for the recipient. Dates are French calendar days
 * (bounds included). Keyset pagination: pass the `suivant` of a page as `curseur` with the same
 * filters and sort to get the next one.
 */
export const RechercheFacturesQuerySchema = z.object({
  structureId: IdTexteSchema,
  statut: ListeStatuts.optional(),
  numero: Texte(20),
  fournisseur: Texte(100),
  destinataire: Texte(100),
  codeService: Texte(100),
  cadre: Texte(10),
  dateDepotMin: DateJour.optional(),
  dateDepotMax: DateJour.optional(),
  dateFactureMin: DateJour.optional(),
  dateFactureMax: DateJour.optional(),
  dateMiseADispositionMin: DateJour.optional(),
  dateMiseADispositionMax: DateJour.optional(),
  montantMin: Montant.optional(),
  montantMax: Montant.optional(),
  tri: TriFacturesSchema.default('dateDepot'),
  ordre: z.enum(['asc', 'desc']).default('desc'),
  limite: z.coerce.number().int().min(1).max(500).default(50),
  curseur: z.string().max(500).optional(),
});
export type RechercheFacturesQuery = z.infer<typeof RechercheFacturesQuerySchema>;
/** The filters without the page: what the CSV export takes. */
export const ExportFacturesQuerySchema = RechercheFacturesQuerySchema.omit({ limite: true, curseur: true });
export type ExportFacturesQuery = z.infer<typeof ExportFacturesQuerySchema>;

/** Invoices per status for the current filters (status filter aside), counted up to `plafond`. */
export const CompteurStatutSchema = z.object({
  statut: StatutFactureSchema,
  libelleStatut: z.string(),
  nombre: z.number().int(),
  /** True when there are more than `nombre` (the count stops there). */
  plafonne: z.boolean(),
});
export type CompteurStatut = z.infer<typeof CompteurStatutSchema>;

export const RechercheFacturesResponseSchema = z.object({
  factures: z.array(FactureResumeSchema),
  /** Cursor of the next page, null on the last one. */
  suivant: z.string().nullable(),
  compteurs: z.array(CompteurStatutSchema),
});
export type RechercheFacturesResponse = z.infer<typeof RechercheFacturesResponseSchema>;

/** `GET /api/factures/emises` keeps its historical name for the same search on the supplier side. */
export const FacturesEmisesQuerySchema = RechercheFacturesQuerySchema;
export const FacturesEmisesResponseSchema = RechercheFacturesResponseSchema;

export const SyntheseQuerySchema = z.object({ structureId: IdTexteSchema });
/** « Synthèse »: what waits for the caller's side, per status (REJETEE: not yet acknowledged). */
export const SyntheseResponseSchema = z.object({
  aTraiter: z.array(CompteurStatutSchema),
});
export type Synthese = z.infer<typeof SyntheseResponseSchema>;

// Drafts are sent and deleted, and recycled invoices re-addressed, through their own routes.
const ACTIONS_A_ROUTE_DEDIEE: ReadonlySet<string> = new Set([
  'DEPOSER',
  'SOUMETTRE_A_VALIDATION',
  'SUPPRIMER',
  'RECYCLER',
  'CORRIGER_VALIDEUR',
]);

/**
 * Lifecycle actions sent to `POST /api/factures/:id/actions`: those a supplier or a recipient
 * performs, except the ones with a dedicated route. Who may do which, from which status, is
 * checked by the lifecycle itself.
 */
export const ActionTraitementSchema = z.enum(
  LISTE_ACTIONS_FACTURE.filter(
    (action) =>
      !ACTIONS_A_ROUTE_DEDIEE.has(action) && ACTIONS_FACTURE[action].acteurs.some((a) => a !== 'PLATEFORME'),
  ),
);
export type ActionTraitement = z.infer<typeof ActionTraitementSchema>;

const DonneesTraitement = {
  /** Mandatory to suspend or reject (255 characters at most). */
  motif: TexteOptionnel(LONGUEUR_MAXIMALE_MOTIF),
  /** Mandatory to mark MANDATEE. */
  numeroMandat: TexteOptionnel(50),
  /** Mandatory for a valideur to refuse (REFUSER_VALIDATION): a code of `/api/factures/motifs-refus-validation`. */
  codeMotifRefus: TexteOptionnel(50),
  /** Free comment kept in the history (the supplier's words when completing). */
  commentaire: TexteOptionnel(1000),
};

export const TraiterFactureBodySchema = z.object({ action: ActionTraitementSchema, ...DonneesTraitement });
export type TraiterFactureBody = z.input<typeof TraiterFactureBodySchema>;

/** Several invoices at once: each one is processed on its own (see the response). */
export const TraiterFacturesBodySchema = z.object({
  ids: z.array(IdSchema).min(1).max(100),
  action: ActionTraitementSchema,
  ...DonneesTraitement,
});
export type TraiterFacturesBody = z.input<typeof TraiterFacturesBodySchema>;

/** One result per id, in the order sent: processed (new status) or refused (problem code and message). */
export const TraiterFacturesResponseSchema = z.object({
  resultats: z.array(
    z.discriminatedUnion('ok', [
      z.object({ id: z.number().int(), ok: z.literal(true), statut: StatutFactureSchema }),
      z.object({ id: z.number().int(), ok: z.literal(false), code: z.string(), message: z.string() }),
    ]),
  ),
});
export type TraiterFacturesResponse = z.infer<typeof TraiterFacturesResponseSchema>;

/** « Corriger le valideur »: the supplier names the right valideur; the invoice awaits it again. */
export const CorrigerValideurBodySchema = z.object({
  valideur: z.object({
    identifiant: z.string().trim().min(1, 'Champ obligatoire.').max(35, '35 caractères au plus.'),
    codeService: TexteOptionnel(100),
  }),
  commentaire: TexteOptionnel(1000),
});
export type CorrigerValideurBody = z.input<typeof CorrigerValideurBodySchema>;

/** The coded motifs a valideur refuses an invoice with (French labels). */
export const MotifsRefusValidationSchema = z.object({
  motifs: z.array(z.object({ code: z.string(), libelle: z.string() })),
});
export type MotifsRefusValidation = z.infer<typeof MotifsRefusValidationSchema>;

/** « Recycler »: only the recipient, its service and the engagement change; same number, routed again. */
export const RecyclerFactureBodySchema = z.object({
  destinataire: z.object({
    identifiant: z.string().trim().min(1, 'Champ obligatoire.').max(35),
    codeService: TexteOptionnel(100),
  }),
  numeroEngagement: TexteOptionnel(50),
  commentaire: TexteOptionnel(1000),
});
export type RecyclerFactureBody = z.input<typeof RecyclerFactureBodySchema>;
