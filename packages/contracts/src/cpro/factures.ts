import { z } from 'zod';
import { CadreDepotEntreeSchema } from '../factures.ts';
import { EnveloppeCproSchema, IdCpro, PaginationCproSchema, ParametresRetourSchema } from './enveloppe.ts';

/** Numbers arrive as JSON numbers or strings depending on the SDK. */
const Nombre = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/),
  ])
  .transform(String);
const Texte = z.string().trim();
const Jour = z.iso.date('Date au format AAAA-MM-JJ.');

export const MODES_DEPOT_API = ['SAISIE_API', 'DEPOT_PDF_API', 'DEPOT_PDF_SIGNE_API'] as const;

export const SoumettreRequeteSchema = z.object({
  modeDepot: z.enum(MODES_DEPOT_API),
  numeroFactureSaisi: Texte.nullish(),
  dateFacture: Jour.nullish(),
  destinataire: z.object({ codeDestinataire: Texte.min(1), codeServiceExecutant: Texte.nullish() }),
  fournisseur: z.object({
    idFournisseur: IdCpro,
    idServiceFournisseur: z.unknown().optional(),
    codeCoordonneesBancairesFournisseur: z.unknown().optional(),
  }),
  cadreDeFacturation: z
    .object({
      codeCadreFacturation: CadreDepotEntreeSchema,
      /** A9 / A12 only: identifier (SIRET) of the valideur, titulaire or mandataire, and its service. */
      codeStructureValideur: Texte.nullish(),
      codeServiceValideur: Texte.nullish(),
    })
    .prefault({ codeCadreFacturation: 'A1_FACTURE_FOURNISSEUR' }),
  references: z
    .object({
      deviseFacture: Texte.nullish(),
      typeFacture: z.enum(['FACTURE', 'AVOIR']).nullish(),
      typeTva: Texte.nullish(),
      modePaiement: Texte.nullish(),
      numeroBonCommande: Texte.nullish(),
      numeroMarche: Texte.nullish(),
      numeroFactureOrigine: Texte.nullish(),
      motifExonerationTva: Texte.nullish(),
    })
    .prefault({}),
  lignePoste: z
    .array(
      z.object({
        lignePosteNumero: z.unknown().optional(),
        lignePosteReference: Texte.nullish(),
        lignePosteDenomination: Texte.min(1),
        lignePosteQuantite: Nombre,
        lignePosteUnite: Texte.nullish(),
        lignePosteMontantUnitaireHT: Nombre,
        lignePosteMontantRemiseHT: Nombre.nullish(),
        lignePosteTauxTva: Texte.nullish(),
        lignePosteTauxTvaManuel: Nombre.nullish(),
      }),
    )
    .default([]),
  ligneTva: z
    .array(
      z.object({
        ligneTvaTauxManuel: Nombre.nullish(),
        ligneTvaTaux: Texte.nullish(),
        ligneTvaMontantBaseHtParTaux: Nombre,
        ligneTvaMontantTvaParTaux: Nombre,
      }),
    )
    .default([]),
  montantTotal: z
    .object({
      montantHtTotal: Nombre.nullish(),
      montantTVA: Nombre.nullish(),
      montantTtcTotal: Nombre.nullish(),
      montantRemiseGlobaleTTC: Nombre.nullish(),
      motifRemiseGlobaleTTC: Texte.nullish(),
      montantAPayer: Nombre.nullish(),
    })
    .prefault({}),
  pieceJointePrincipale: z
    .array(z.object({ pieceJointePrincipaleDesignation: Texte.nullish(), pieceJointePrincipaleId: IdCpro }))
    .default([]),
  pieceJointeComplementaire: z
    .array(
      z.object({
        pieceJointeComplementaireDesignation: Texte.nullish(),
        pieceJointeComplementaireId: IdCpro,
        pieceJointeComplementaireType: Texte.nullish(),
      }),
    )
    .default([]),
  commentaire: Texte.max(200).nullish(),
});
export type SoumettreRequete = z.output<typeof SoumettreRequeteSchema>;

export const SoumettreReponseSchema = EnveloppeCproSchema.extend({
  identifiantFactureCPP: z.number().int(),
  numeroFacture: z.string(),
  statutFacture: z.string(),
  dateDepot: z.string(),
  identifiantStructure: z.string(),
  empreinteCertificatDepot: z.string(),
});

const FactureListeeBase = {
  numeroFacture: z.string().nullable(),
  statut: z.string(),
  dateDepot: z.string().nullable(),
  dateFacture: z.string().nullable(),
  dateHeureEtatCourant: z.string().nullable(),
  codeDestinataire: z.string().nullable(),
  idDestinataire: z.number().int().nullable(),
  designationDestinataire: z.string().nullable(),
  codeServiceExecutant: z.string().nullable(),
  idServiceExecutant: z.number().int().nullable(),
  codeFournisseur: z.string(),
  idFournisseur: z.number().int(),
  designationFournisseur: z.string(),
  typeIdentifiantFournisseur: z.string(),
  montantHT: z.number().nullable(),
  montantTTC: z.number().nullable(),
  montantAPayer: z.number().nullable(),
  devise: z.string(),
  typeFacture: z.string(),
  typeDemandePaiement: z.string(),
  modeDepot: z.string(),
  cadreFacturation: z.string(),
  /** The flux the invoice came in (deposer/flux), null otherwise. */
  numeroFluxDepot: z.string().nullable(),
};

/** Filters both searches share (field names of the real API, §7 of the reference). */
const FiltresRechercheCpro = {
  numeroFluxDepot: Texte.nullish(),
  numeroFacture: Texte.nullish(),
  statutCourant: z.array(Texte).nullish(),
  cadreFacturation: Texte.nullish(),
  typeFacture: z.enum(['FACTURE', 'AVOIR']).nullish(),
  modeDepot: Texte.nullish(),
  numeroBonCommande: Texte.nullish(),
  numeroMarche: Texte.nullish(),
  periodeDateDepotDu: Jour.nullish(),
  periodeDateDepotAu: Jour.nullish(),
  periodeDateFactureDu: Jour.nullish(),
  periodeDateFactureAu: Jour.nullish(),
  periodeDateHeureEtatCourantDu: Jour.nullish(),
  periodeDateHeureEtatCourantAu: Jour.nullish(),
  /** `FACTURE_TRAVAUX` selects works documents, which are not deposited in Choral yet. */
  typeDemandePaiement: z.enum(['FACTURE', 'FACTURE_TRAVAUX']).nullish(),
};

export const RechercherFournisseurRequeteSchema = z.object({
  idFournisseur: IdCpro.optional(),
  ...FiltresRechercheCpro,
  listeDestinataire: z
    .array(z.object({ idDestinataire: IdCpro.nullish(), codeDestinataire: Texte.nullish() }))
    .nullish(),
  /** The rejected invoices whose rejection the supplier acknowledged (true) or not yet (false). */
  rejetTraite: z.boolean().nullish(),
  rechercheFactureParFournisseur: PaginationCproSchema,
});
export type RechercherFournisseurRequete = z.infer<typeof RechercherFournisseurRequeteSchema>;
export const RechercherFournisseurReponseSchema = EnveloppeCproSchema.extend({
  listeFactures: z.array(z.object({ identifiantFactureCPP: z.number().int(), ...FactureListeeBase })),
  parametresRetour: ParametresRetourSchema,
});

export const RechercherRecipiendaireRequeteSchema = z.object({
  idDestinataire: IdCpro.optional(),
  idServiceExecutant: IdCpro.nullish(),
  ...FiltresRechercheCpro,
  listeFournisseurs: z
    .array(z.object({ idFournisseur: IdCpro, listeIdService: z.array(IdCpro).nullish() }))
    .nullish(),
  paramRecherche: PaginationCproSchema,
});
export type RechercherRecipiendaireRequete = z.infer<typeof RechercherRecipiendaireRequeteSchema>;
/** The recipient's search has its paging at the top level (§7.3). */
export const RechercherRecipiendaireReponseSchema = EnveloppeCproSchema.extend({
  listeFactures: z.array(z.object({ idFacture: z.number().int(), ...FactureListeeBase })),
  ...ParametresRetourSchema.shape,
});

export const ConsulterFactureRequeteSchema = z.object({ identifiantFactureCPP: IdCpro });

export const FactureConsulteeSchema = z.object({
  identifiantFactureCPP: z.number().int(),
  numeroFacture: z.string().nullable(),
  statutFacture: z.string(),
  modeDepot: z.string(),
  commentaire: z.string().nullable(),
  cadreDeFacturation: z.object({
    codeCadreFacturation: z.string(),
    /** A9 / A12: the valideur named at deposit (identifier and service); null otherwise. */
    codeStructureValideur: z.string().nullable(),
    codeServiceValideur: z.string().nullable(),
  }),
  destinataire: z.object({
    codeDestinataire: z.string().nullable(),
    idDestinataire: z.number().int().nullable(),
    libelleDestinataire: z.string().nullable(),
    codeServiceExecutant: z.string().nullable(),
    libelleServiceExecutant: z.string().nullable(),
  }),
  fournisseur: z.object({
    codeFournisseur: z.string(),
    idFournisseur: z.number().int(),
    libelleFournisseur: z.string(),
  }),
  references: z.object({
    dateFacture: z.string().nullable(),
    dateDepot: z.string().nullable(),
    typeFacture: z.string(),
    numeroBonCommande: z.string().nullable(),
    numeroMarche: z.string().nullable(),
    numeroFactureOrigine: z.string().nullable(),
    numeroDpMandat: z.string().nullable(),
    codeDeviseFacture: z.string(),
  }),
  montantTotal: z.object({
    montantHtTotal: z.number().nullable(),
    montantTVA: z.number().nullable(),
    montantTtcTotal: z.number().nullable(),
    montantAPayer: z.number().nullable(),
  }),
  lignesDePoste: z.object({
    lignePoste: z.array(
      z.object({
        lignePosteNumero: z.number().int(),
        lignePosteDenomination: z.string(),
        lignePosteQuantite: z.number(),
        lignePosteUnite: z.string(),
        lignePosteMontantUnitaireHT: z.number(),
        lignePosteMontantRemiseHT: z.number().nullable(),
        lignePosteTauxTvaManuel: z.number(),
        lignePosteMontantHtApresRemise: z.number(),
      }),
    ),
  }),
  recapitulatifDeTva: z.object({
    ligneTva: z.array(
      z.object({
        ligneTvaTauxManuel: z.number(),
        ligneTvaMontantBaseHtParTaux: z.number(),
        ligneTvaMontantTvaParTaux: z.number(),
      }),
    ),
  }),
  listeDesPiecesJointes: z.object({
    pieceJointe: z.array(
      z.object({
        pieceJointeId: z.number().int(),
        pieceJointeNom: z.string(),
        pieceJointeDesignation: z.string().nullable(),
        pieceJointeTypeMime: z.string(),
        pieceJointeType: z.string(),
      }),
    ),
  }),
});
export const ConsulterFactureReponseSchema = EnveloppeCproSchema.extend({ facture: FactureConsulteeSchema });

export const ConsulterHistoriqueRequeteSchema = z.object({
  idFacture: IdCpro,
  nbResultatsMaximum: z.coerce.number().int().positive().optional(),
});
export const ConsulterHistoriqueReponseSchema = EnveloppeCproSchema.extend({
  idFacture: z.number().int(),
  numeroFacture: z.string().nullable(),
  modeDepot: z.string(),
  statutCourantCode: z.string(),
  historiquesDesStatuts: z.object({
    histoStatut: z.array(
      z.object({
        histoStatutId: z.number().int(),
        histoStatutCode: z.string(),
        histoStatutDatePassage: z.string(),
        histoStatutCommentaire: z.string().nullable(),
        histoStatutUtilisateurNom: z.string().nullable(),
        histoStatutUtilisateurPrenom: z.string().nullable(),
      }),
    ),
    nbResultatsMaximum: z.number().int(),
  }),
  /** The users' actions (deposit, each processing step, a rejection acknowledged), latest first. */
  historiquesDesActionsUtilisateurs: z.object({
    histoAction: z.array(
      z.object({
        histoActionId: z.number().int(),
        histoActionCode: z.string(),
        histoActionDateHeure: z.string(),
        histoActionUtilisateurNom: z.string().nullable(),
        histoActionUtilisateurPrenom: z.string().nullable(),
      }),
    ),
    totalHistoAction: z.number().int(),
  }),
  derniereAction: z.object({
    derniereActionCode: z.string().nullable(),
    derniereActionId: z.number().int().nullable(),
  }),
});

export const TraiterRecueRequeteSchema = z.object({
  idFacture: IdCpro,
  nouveauStatut: Texte.min(1),
  motif: Texte.nullish(),
  numeroDPMandat: Texte.nullish(),
});
export const TraiterRecueReponseSchema = EnveloppeCproSchema.extend({
  idFacture: z.number().int(),
  numeroFacture: z.string().nullable(),
  nouveauStatut: z.string(),
  dateTraitement: z.string(),
});

export const CompleterRequeteSchema = z.object({
  identifiantFactureCPP: IdCpro,
  commentaire: Texte.max(1000).nullish(),
  pieceJointeComplementaire: z
    .array(
      z.object({
        pieceJointeComplementaireId: IdCpro,
        pieceJointeComplementaireDesignation: Texte.nullish(),
        pieceJointeComplementaireType: Texte.nullish(),
      }),
    )
    .default([]),
});
export const CompleterReponseSchema = EnveloppeCproSchema.extend({
  identifiantFactureCPP: z.number().int(),
  numeroFacture: z.string().nullable(),
  dateTraitement: z.string(),
});

export const RecyclerRequeteSchema = z.object({
  identifiantFactureCPP: IdCpro,
  destinataire: z.object({ codeDestinataire: Texte.min(1), codeServiceExecutant: Texte.nullish() }),
  reference: z.object({ numeroBonCommande: Texte.nullish() }).prefault({}),
  commentaire: Texte.max(1000).nullish(),
});
export const RecyclerReponseSchema = EnveloppeCproSchema.extend({
  identifiantFactureCPP: z.number().int(),
  numeroFacture: z.string().nullable(),
  statutFacture: z.string(),
  dateDepot: z.string().nullable(),
});

export const TraiterRejetRequeteSchema = z.object({
  listeDemandePaiement: z
    .array(z.object({ idDemandePaiement: IdCpro }))
    .min(1)
    .max(100),
  motifRejet: Texte.nullish(),
  cpltInfos: Texte.nullish(),
});
export const TraiterRejetReponseSchema = EnveloppeCproSchema.extend({
  listeDemandePaiement: z.array(
    z.object({ idDemandePaiement: z.number().int(), codeRetour: z.number().int(), libelle: z.string() }),
  ),
});

export const DeposerPdfRequeteSchema = z.object({
  fichierFacture: z.string().min(1),
  nomFichier: Texte.min(1).max(200),
  formatDepot: z.enum(['PDF_NON_SIGNE', 'PDF_SIGNE_PADES', 'PDF_SIGNE_XADES']).default('PDF_NON_SIGNE'),
});
/** The id to send as `pieceJointePrincipaleId`, and what Choral read in the file (any may be null). */
export const DeposerPdfReponseSchema = EnveloppeCproSchema.extend({
  pieceJointeId: z.number().int(),
  numeroFacture: z.string().nullable(),
  dateFacture: z.string().nullable(),
  codeDestinataire: z.string().nullable(),
  codeServiceExecutant: z.string().nullable(),
  codeFournisseur: z.string().nullable(),
  codeDeviseFacture: z.string().nullable(),
  typeFacture: z.string().nullable(),
  numeroBonCommande: z.string().nullable(),
  montantAPayer: z.number().nullable(),
  montantHtTotal: z.number().nullable(),
  montantTVA: z.number().nullable(),
  montantTtcAvantRemiseGlobalTTC: z.number().nullable(),
});

/** `telecharger/groupe`: several invoices of the caller's scope as one zip. Choral keeps no pivot XML. */
export const TelechargerGroupeRequeteSchema = z.object({
  listeFacture: z
    .array(z.object({ idFacture: IdCpro }))
    .min(1, 'Au moins une facture à télécharger.')
    .max(100, 'Au plus 100 factures par téléchargement.'),
  format: z.enum(['PDF'], 'Seul le format PDF est disponible.').default('PDF'),
  avecPiecesJointesComplementaires: z.enum(['OUI', 'NON'], 'Valeur attendue : OUI ou NON.').default('NON'),
});
export type TelechargerGroupeRequete = z.infer<typeof TelechargerGroupeRequeteSchema>;
export const TelechargerGroupeReponseSchema = EnveloppeCproSchema.extend({
  /** The zip, base64: one folder per invoice (its portal number), its PDF and, if asked, its attachments. */
  fichierResultat: z.string(),
});

/** `rechercher/valideur`: the A9 / A12 invoices one of the caller's structures validates (go-choruspro names). */
export const RechercherValideurRequeteSchema = z.object({
  idStructureValideur: IdCpro.optional(),
  ...FiltresRechercheCpro,
  idFournisseur: IdCpro.nullish(),
  pagination: PaginationCproSchema,
});
export type RechercherValideurRequete = z.infer<typeof RechercherValideurRequeteSchema>;
export const RechercherValideurReponseSchema = EnveloppeCproSchema.extend({
  listeFactures: z.array(
    z.object({
      idFacture: z.number().int(),
      ...FactureListeeBase,
      idValideur: z.number().int().nullable(),
      identifiantValideur: z.string().nullable(),
      designationValideur: z.string().nullable(),
    }),
  ),
  parametresRetour: ParametresRetourSchema,
});

/** The valideur's decisions `traiter/factureAValider` accepts. */
export const ACTIONS_FACTURE_A_VALIDER = ['VALIDATION', 'REFUS'] as const;

export const TraiterFactureAValiderRequeteSchema = z.object({
  idFacture: IdCpro,
  action: z.enum(ACTIONS_FACTURE_A_VALIDER, 'Action attendue : VALIDATION ou REFUS.'),
  /** Code of `recuperer/motifs/refus/Facture/AValider`, mandatory for a REFUS. */
  motifRefus: Texte.nullish(),
  /** Free text kept with the refusal or the validation. */
  complementInfo: Texte.max(255).nullish(),
  idValideur: IdCpro.nullish(),
  typeValideur: Texte.nullish(),
  idPieceJointe: z.unknown().optional(),
});
export const TraiterFactureAValiderReponseSchema = EnveloppeCproSchema.extend({
  idFacture: z.number().int(),
  numeroFacture: z.string().nullable(),
  statutFacture: z.string(),
  dateTraitement: z.string(),
});

/** `corriger/valideur/facture`: the new valideur by technical id or by identifier. */
export const CorrigerValideurRequeteSchema = z.object({
  idFacture: IdCpro,
  idStructure: IdCpro.nullish(),
  identifiantStructure: Texte.nullish(),
  typeIdentifiantStructure: Texte.nullish(),
  /** Choral's addition: the valideur's service (as `codeServiceValideur` of soumettre). */
  codeServiceValideur: Texte.nullish(),
});
export const CorrigerValideurReponseSchema = EnveloppeCproSchema.extend({ idFacture: z.number().int() });
