import type { Facture } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { trouverCadreFacturation } from '@choral/domain/depot';
import { estSyntaxeFlux, SYNTAXES_FLUX } from '@choral/domain/flux';

/** Amounts are JSON numbers in the API. */
export const nombre = (valeur: string | null | undefined): number | null =>
  valeur === null || valeur === undefined ? null : Number(valeur);

export const jourIso = (date: Date | string | null): string | null =>
  date === null ? null : new Date(date).toISOString().slice(0, 10);

/** History dates: `YYYY-MM-DD HH:mm` (UTC). */
export const dateHeureHistorique = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

const MODE_DEPOT_API = { SAISIE: 'SAISIE_API', DEPOT: 'DEPOT_PDF_API' } as const;

/** Chorus Pro's modeDepot: a flux's invoices report their flux's (EDI…), the others how they were made. */
export function modeDepotApi(f: { mode: 'SAISIE' | 'DEPOT'; flux: { syntaxe: string } | null }): string {
  const syntaxe = f.flux?.syntaxe;
  if (syntaxe && estSyntaxeFlux(syntaxe)) return SYNTAXES_FLUX[syntaxe].modeDepot;

  return MODE_DEPOT_API[f.mode];
}

export function cadreApi(code: string): string {
  return trouverCadreFacturation(code)?.valeurApi ?? code;
}

export const INCLUSION_LISTE_CPRO = {
  fournisseur: true,
  destinataire: true,
  service: true,
  valideur: true,
  flux: { select: { numero: true, syntaxe: true } },
} satisfies Prisma.FactureInclude;

type FactureListee = Prisma.FactureGetPayload<{ include: typeof INCLUSION_LISTE_CPRO }>;

/** A row of rechercher/fournisseur or rechercher/recipiendaire; `statut` is the side's own. */
export function presenterFactureListee(f: FactureListee, statut: string) {
  return {
    numeroFacture: f.numero,
    statut,
    dateDepot: jourIso(f.dateDepot),
    dateFacture: jourIso(f.dateFacture),
    dateHeureEtatCourant: f.modifieLe.toISOString(),
    codeDestinataire: f.destinataire?.identifiant ?? null,
    idDestinataire: f.destinataireId,
    designationDestinataire: f.destinataire?.raisonSociale ?? null,
    codeServiceExecutant: f.service?.code ?? null,
    idServiceExecutant: f.serviceId,
    codeFournisseur: f.fournisseur.identifiant,
    idFournisseur: f.fournisseurId,
    designationFournisseur: f.fournisseur.raisonSociale,
    typeIdentifiantFournisseur: f.fournisseur.typeIdentifiant,
    montantHT: nombre(f.montantHt?.toFixed(2)),
    montantTTC: nombre(f.montantTtc?.toFixed(2)),
    montantAPayer: nombre(f.montantAPayer?.toFixed(2)),
    devise: f.devise,
    typeFacture: f.type,
    typeDemandePaiement: 'FACTURE',
    modeDepot: modeDepotApi(f),
    cadreFacturation: cadreApi(f.cadre),
    numeroFluxDepot: f.flux?.numero ?? null,
  };
}

/** A row of rechercher/valideur: the supplier's view, with the valideur (go-choruspro's names). */
export function presenterFactureAValider(f: FactureListee) {
  return {
    idFacture: f.id,
    ...presenterFactureListee(f, f.statutFournisseur),
    idValideur: f.valideurId,
    identifiantValideur: f.valideur?.identifiant ?? null,
    designationValideur: f.valideur?.raisonSociale ?? null,
  };
}

/** `consulter/fournisseur` and `consulter/recipiendaire`: the invoice as the portal shows it to that side. */
export function presenterFactureConsultee(
  f: Facture & { destinataireId: number | null; serviceId: number | null },
) {
  return {
    identifiantFactureCPP: f.id,
    numeroFacture: f.identification.numero,
    statutFacture: f.statut,
    modeDepot: modeDepotApi(f),
    commentaire: f.commentaire,
    cadreDeFacturation: {
      codeCadreFacturation: cadreApi(f.cadre),
      codeStructureValideur: f.valideur?.identifiant ?? null,
      codeServiceValideur: f.valideur?.codeService ?? null,
    },
    destinataire: {
      codeDestinataire: f.destinataire.identifiant,
      idDestinataire: f.destinataireId,
      libelleDestinataire: f.destinataire.raisonSociale,
      codeServiceExecutant: f.destinataire.codeService,
      libelleServiceExecutant: f.destinataire.libelleService,
    },
    fournisseur: {
      codeFournisseur: f.fournisseur.identifiant,
      idFournisseur: f.fournisseur.id,
      libelleFournisseur: f.fournisseur.raisonSociale,
    },
    references: {
      dateFacture: f.identification.dateFacture,
      dateDepot: jourIso(f.dateDepot),
      typeFacture: f.identification.type,
      numeroBonCommande: f.references.numeroEngagement,
      numeroMarche: f.references.numeroMarche,
      numeroFactureOrigine: f.references.factureOrigine,
      numeroDpMandat: f.numeroMandat,
      codeDeviseFacture: f.identification.devise,
    },
    montantTotal: {
      montantHtTotal: nombre(f.montants.montantHt),
      montantTVA: nombre(f.montants.montantTva),
      montantTtcTotal: nombre(f.montants.montantTtc),
      montantAPayer: nombre(f.montants.montantAPayer),
    },
    lignesDePoste: {
      lignePoste: f.lignes.map((l, i) => ({
        lignePosteNumero: i + 1,
        lignePosteDenomination: l.designation,
        lignePosteQuantite: Number(l.quantite),
        lignePosteUnite: l.unite,
        lignePosteMontantUnitaireHT: Number(l.prixUnitaireHt),
        lignePosteMontantRemiseHT: nombre(l.remise),
        lignePosteTauxTvaManuel: Number(l.tauxTva),
        lignePosteMontantHtApresRemise: Number(l.montantHt),
      })),
    },
    recapitulatifDeTva: {
      ligneTva: f.recapitulatifTva.map((r) => ({
        ligneTvaTauxManuel: Number(r.taux),
        ligneTvaMontantBaseHtParTaux: Number(r.baseHt),
        ligneTvaMontantTvaParTaux: Number(r.montantTva),
      })),
    },
    listeDesPiecesJointes: {
      pieceJointe: f.documents.map((d) => ({
        pieceJointeId: d.id,
        pieceJointeNom: d.nom,
        pieceJointeDesignation: d.designation,
        pieceJointeTypeMime: d.typeMime,
        pieceJointeType: d.role === 'PIECE_JOINTE' ? 'COMPLEMENTAIRE' : 'PRINCIPALE',
      })),
    },
  };
}

/** `consulter/historique`: most recent first, as Chorus Pro sorts it; ids count from the first entry. */
export function presenterHistorique(f: Facture, nbResultatsMaximum: number) {
  // Ids are ranks in the invoice's history, which only grows: stable for the life of the invoice.
  const entrees = f.historique.map((h, i) => ({ h, id: i + 1, ...auteur(h.auteur) })).reverse();
  // The platform's own steps (routing) have no author: they are not users' actions.
  const actions = entrees.filter(({ h }) => h.action !== null && h.auteur !== null);
  const derniere = actions[0];

  return {
    idFacture: f.id,
    numeroFacture: f.identification.numero,
    modeDepot: modeDepotApi(f),
    statutCourantCode: f.statut,
    historiquesDesStatuts: {
      histoStatut: entrees.slice(0, nbResultatsMaximum).map(({ h, id, nom, prenom }) => ({
        histoStatutId: id,
        histoStatutCode: h.statut,
        histoStatutDatePassage: dateHeureHistorique(h.le),
        histoStatutCommentaire: h.motif ?? h.commentaire,
        histoStatutUtilisateurNom: nom,
        histoStatutUtilisateurPrenom: prenom,
      })),
      nbResultatsMaximum,
    },
    historiquesDesActionsUtilisateurs: {
      histoAction: actions.slice(0, nbResultatsMaximum).map(({ h, id, nom, prenom }) => ({
        histoActionId: id,
        histoActionCode: h.action as string,
        histoActionDateHeure: dateHeureHistorique(h.le),
        histoActionUtilisateurNom: nom,
        histoActionUtilisateurPrenom: prenom,
      })),
      totalHistoAction: actions.length,
    },
    derniereAction: {
      derniereActionCode: derniere?.h.action ?? null,
      derniereActionId: derniere?.id ?? null,
    },
  };
}

/** « Prénom Nom » of the history → the API's two fields (null for the system's own steps). */
function auteur(texte: string | null): { prenom: string | null; nom: string | null } {
  if (!texte) return { prenom: null, nom: null };
  const [prenom, ...nom] = texte.split(' ');

  return { prenom: prenom ?? null, nom: nom.join(' ') };
}
