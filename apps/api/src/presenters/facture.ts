import {
  ActionFactureSchema,
  type Constat,
  type Cote,
  type Facture as FactureDto,
  FactureNormaliseeSchema,
  type FactureResume,
  FactureSchema,
  FormatOrigineSchema,
  LigneRecapitulatifTvaSchema,
  TypePieceJointeSchema,
} from '@choral/contracts';
import type {
  DocumentFacture,
  Facture,
  HistoriqueFacture,
  Prisma,
  Service,
  StatutFacture as StatutPrisma,
  Structure,
  Utilisateur,
} from '@choral/db';
import {
  ACTIONS_FACTURE,
  actionsPossibles,
  dateDebutDelaiPaiement,
  LIBELLES_STATUT_FACTURE,
  type StatutFacture,
  statutVisiblePourFournisseur,
} from '@choral/domain/cycle-de-vie';
import type { FactureNormalisee } from '@choral/domain/facture';
import { validerFacture } from '@choral/formats';
import { z } from 'zod';
import { partiesAffichees, SELECTION_PARTIES } from './parties-facture.ts';

// Compile-time guard: the database enum mirrors the domain's statuses exactly.
type Identiques<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statutsIdentiques: Identiques<StatutPrisma, StatutFacture> = true;
void statutsIdentiques;

export type FactureComplete = Facture & {
  fournisseur: Structure;
  destinataire: Structure | null;
  service: Service | null;
  valideur: Structure | null;
  flux: { id: number; numero: string; syntaxe: string } | null;
  documents: DocumentFacture[];
  historique: (HistoriqueFacture & { utilisateur: Utilisateur | null })[];
};

/** Relations `presenterFacture` needs, for `include`. */
export const INCLUSION_FACTURE_COMPLETE = {
  fournisseur: true,
  destinataire: true,
  service: true,
  valideur: true,
  flux: { select: { id: true, numero: true, syntaxe: true } },
  documents: { orderBy: { id: 'asc' } },
  historique: { orderBy: { id: 'asc' }, include: { utilisateur: true } },
} satisfies Prisma.FactureInclude;

const LignesStockeesSchema = FactureSchema.shape.lignes;
const RecapitulatifStockeSchema = z.array(LigneRecapitulatifTvaSchema);

function montant(valeur: Prisma.Decimal | null): string | null {
  return valeur === null ? null : valeur.toFixed(2);
}

function jour(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The normalized invoice stored as JSON, checked on the way back. */
export function factureNormaliseeStockee(facture: Facture): FactureNormalisee | null {
  return facture.factureNormalisee === null ? null : FactureNormaliseeSchema.parse(facture.factureNormalisee);
}

/** The stored VAT summary, checked on the way back. */
export function recapitulatifStocke(facture: Facture): z.infer<typeof RecapitulatifStockeSchema> {
  return RecapitulatifStockeSchema.parse(facture.recapitulatifTva);
}

/** The stored manual-entry lines, checked on the way back. */
export function lignesStockees(facture: Facture): z.infer<typeof LignesStockeesSchema> {
  return LignesStockeesSchema.parse(facture.lignes);
}

/** EN 16931 findings on the invoice's document (none for a plain PDF or an unsent manual entry). */
export function constatsFacture(facture: Facture): Constat[] {
  const normalisee = factureNormaliseeStockee(facture);

  return normalisee === null ? [] : validerFacture(normalisee);
}

function nomComplet(u: Utilisateur | null): string | null {
  return u ? `${u.prenom} ${u.nom}` : null;
}

/** The lifecycle actions the caller's side may take now (an acknowledged rejection has none left). */
function actionsDuCote(f: Facture, cote: Cote): FactureDto['actionsPossibles'] {
  return actionsPossibles(f.statut, cote)
    .filter((action) => !(action === 'ACQUITTER_REJET' && f.acquitteLe !== null))
    .map((action) => {
      const definition = ACTIONS_FACTURE[action];

      return {
        action,
        libelle: definition.libelle,
        motif: definition.motif,
        numeroMandatRequis: definition.donneesRequises.includes('numeroMandat'),
        motifRefusRequis: definition.donneesRequises.includes('codeMotifRefus'),
      };
    });
}

/**
 * An invoice as the caller's side sees it: form data, documents, history, findings, actions.
 * The supplier never sees a MISE_EN_PAIEMENT his recipient does not report (status and history).
 */
export function presenterFacture(f: FactureComplete, cote: Cote = 'FOURNISSEUR'): FactureDto {
  const brouillon = f.statut === 'BROUILLON';
  const masque = f.destinataire?.statutMiseEnPaiementNestPasRemonte ?? false;
  const statut = cote === 'DESTINATAIRE' ? f.statut : f.statutFournisseur;
  const historique = f.historique.filter(
    (h) => cote === 'DESTINATAIRE' || statutVisiblePourFournisseur(h.statut, masque),
  );
  const parties = partiesAffichees(f);
  const debutDelai = dateDebutDelaiPaiement(
    historique.map((h) => ({ statut: h.statut, date: h.le.toISOString() })),
  );

  return {
    id: f.id,
    numeroPortail: f.numeroPortail,
    statut,
    libelleStatut: LIBELLES_STATUT_FACTURE[statut],
    mode: f.mode,
    // The flux is the supplier's channel: the recipient is not told how the invoice came.
    flux: cote === 'FOURNISSEUR' ? f.flux : null,
    formatOrigine: f.formatOrigine === null ? null : FormatOrigineSchema.parse(f.formatOrigine),
    profil: f.profil,
    cadre: FactureSchema.shape.cadre.parse(f.cadre),
    identification: { numero: f.numero, dateFacture: jour(f.dateFacture), type: f.type, devise: f.devise },
    fournisseur: {
      id: f.fournisseur.id,
      identifiant: parties.fournisseur.identifiant,
      raisonSociale: parties.fournisseur.raisonSociale,
    },
    destinataire: {
      identifiant: parties.destinataire?.identifiant ?? null,
      raisonSociale: parties.destinataire?.raisonSociale ?? null,
      codeService: parties.service?.code ?? null,
      libelleService: parties.service?.libelle ?? null,
    },
    valideur: f.valideur && {
      identifiant: f.valideur.identifiant,
      raisonSociale: f.valideur.raisonSociale,
      codeService: f.codeServiceValideur,
    },
    miseAValidationLe: f.miseAValidationLe?.toISOString() ?? null,
    references: {
      numeroEngagement: f.numeroEngagement,
      numeroMarche: f.numeroMarche,
      factureOrigine: f.factureOrigine,
    },
    montants: {
      montantHt: montant(f.montantHt),
      montantTva: montant(f.montantTva),
      montantTtc: montant(f.montantTtc),
      montantAPayer: montant(f.montantAPayer),
    },
    recapitulatifTva: recapitulatifStocke(f),
    lignes: lignesStockees(f),
    commentaire: f.commentaire,
    dateDepot: f.dateDepot?.toISOString() ?? null,
    empreinte: f.empreinte,
    documents: f.documents.map((d) => ({
      id: d.id,
      role: d.role,
      nom: d.nom,
      typeMime: d.typeMime,
      taille: d.taille,
      sha256: d.sha256,
      designation: d.designation,
      typePieceJointe: d.typePieceJointe === null ? null : TypePieceJointeSchema.parse(d.typePieceJointe),
      creeLe: d.creeLe.toISOString(),
    })),
    historique: historique.map((h) => ({
      statut: h.statut,
      libelleStatut: LIBELLES_STATUT_FACTURE[h.statut],
      le: h.le.toISOString(),
      auteur: nomComplet(h.utilisateur),
      action: h.action === null ? null : ActionFactureSchema.parse(h.action),
      motif: h.motif,
      commentaire: h.commentaire,
    })),
    constats: constatsFacture(f),
    actions: { modifier: brouillon, supprimer: brouillon, envoyer: brouillon },
    actionsPossibles: actionsDuCote(f, cote),
    cote,
    dateMiseADisposition: f.dateMiseADisposition?.toISOString() ?? null,
    debutDelaiPaiement: debutDelai,
    numeroMandat: f.numeroMandat,
    acquitteLe: f.acquitteLe?.toISOString() ?? null,
    creeLe: f.creeLe.toISOString(),
    modifieLe: f.modifieLe.toISOString(),
  };
}

/**
 * Columns and relations `presenterResume` needs, for `select`: lists and exports read these
 * only, never the stored documents and lines (large JSON).
 */
export const SELECTION_RESUME = {
  id: true,
  numeroPortail: true,
  numero: true,
  type: true,
  cadre: true,
  dateFacture: true,
  dateDepot: true,
  dateMiseADisposition: true,
  montantTtc: true,
  devise: true,
  statut: true,
  statutFournisseur: true,
  mode: true,
  ...SELECTION_PARTIES,
} satisfies Prisma.FactureSelect;

export type FactureResumee = Prisma.FactureGetPayload<{ select: typeof SELECTION_RESUME }>;

/** A row of « Factures reçues » or « Factures émises », with the status the caller's side sees. */
export function presenterResume(f: FactureResumee, cote: Cote): FactureResume {
  const statut = cote === 'DESTINATAIRE' ? f.statut : f.statutFournisseur;
  const parties = partiesAffichees(f);

  return {
    id: f.id,
    numeroPortail: f.numeroPortail,
    numero: f.numero,
    type: f.type,
    cadre: f.cadre,
    fournisseur: parties.fournisseur.raisonSociale,
    destinataire: parties.destinataire?.raisonSociale ?? null,
    codeService: parties.service?.code ?? null,
    dateFacture: jour(f.dateFacture),
    dateDepot: f.dateDepot?.toISOString() ?? null,
    dateMiseADisposition: f.dateMiseADisposition?.toISOString() ?? null,
    montantTtc: montant(f.montantTtc),
    devise: f.devise,
    statut,
    libelleStatut: LIBELLES_STATUT_FACTURE[statut],
    mode: f.mode,
  };
}
