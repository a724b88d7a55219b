import type {
  Cote,
  RechercherFournisseurRequete,
  RechercherRecipiendaireRequete,
  RechercherValideurRequete,
} from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { STATUTS_FACTURE, type StatutFacture } from '@choral/domain/cycle-de-vie';
import { trouverCadreFacturation } from '@choral/domain/depot';
import { SYNTAXES_FLUX } from '@choral/domain/flux';
import { CHAMP_STATUT, entreDates, entreJours } from '../use-cases/factures/filtres-recherche.ts';
import { champInvalide } from './erreurs-cpro.ts';

const SAISIE: Prisma.FactureWhereInput = { mode: 'SAISIE', fluxId: null };
const PDF: Prisma.FactureWhereInput = { mode: 'DEPOT', fluxId: null };
const syntaxesDuMode = (modeDepot: string) =>
  Object.entries(SYNTAXES_FLUX)
    .filter(([, s]) => modeDepot === 'EDI' || s.modeDepot === modeDepot)
    .map(([syntaxe]) => syntaxe);

/** Chorus Pro's deposit modes (API, portal, EDI ones) → how the invoice came here. */
const MODE_PAR_MODE_DEPOT: Readonly<Record<string, Prisma.FactureWhereInput>> = {
  SAISIE_API: SAISIE,
  SAISIE_PORTAIL: SAISIE,
  SAISIE_WEB: SAISIE,
  DEPOT_PDF_API: PDF,
  DEPOT_PDF_SIGNE_API: PDF,
  DEPOT_PDF_PORTAIL: PDF,
  DEPOT_PDF_SIGNE_PORTAIL: PDF,
  PORTAIL_PDF: PDF,
  UPLOAD_PORTAIL: PDF,
  UPLOAD_API: PDF,
  EDI: { flux: { syntaxe: { in: syntaxesDuMode('EDI') } } },
  EDI_XML_STRUCT: { flux: { syntaxe: { in: syntaxesDuMode('EDI_XML_STRUCT') } } },
  EDI_MIXTE: { flux: { syntaxe: { in: syntaxesDuMode('EDI_MIXTE') } } },
};

/** `statutCourant`: Chorus Pro's status codes, all of them known (an unknown one is a 400). */
export function statutsDemandes(statuts: string[] | null | undefined): StatutFacture[] | undefined {
  if (!statuts || statuts.length === 0) return undefined;
  const connus: readonly string[] = STATUTS_FACTURE;
  const inconnu = statuts.find((s) => !connus.includes(s));
  if (inconnu) throw champInvalide('statutCourant', `statut inconnu : ${inconnu}.`);

  return statuts as StatutFacture[];
}

type Filtres = RechercherFournisseurRequete | RechercherRecipiendaireRequete | RechercherValideurRequete;

/**
 * The filters of `rechercher/fournisseur` and `rechercher/recipiendaire` as conditions on the
 * invoices (inside the caller's perimeter, applied by the search itself). Dates are French
 * calendar days, both ends included, as in the portal's search.
 */
export function filtresRechercheCpro(cote: Cote, b: Filtres): Prisma.FactureWhereInput[] {
  const filtres: Prisma.FactureWhereInput[] = [];
  const statuts = statutsDemandes(b.statutCourant);
  if (statuts) filtres.push({ [CHAMP_STATUT[cote]]: { in: statuts } });
  if (b.numeroFacture) filtres.push({ numero: b.numeroFacture });
  if (b.numeroFluxDepot) filtres.push({ flux: { numero: b.numeroFluxDepot } });
  if (b.cadreFacturation) {
    const cadre = trouverCadreFacturation(b.cadreFacturation);
    if (!cadre)
      throw champInvalide('cadreFacturation', `cadre de facturation inconnu : ${b.cadreFacturation}.`);
    filtres.push({ cadre: cadre.code });
  }
  if (b.typeFacture) filtres.push({ type: b.typeFacture });
  if (b.modeDepot) {
    const mode = MODE_PAR_MODE_DEPOT[b.modeDepot];
    if (!mode) throw champInvalide('modeDepot', `mode de dépôt inconnu : ${b.modeDepot}.`);
    filtres.push(mode);
  }
  // Works documents (FACTURE_TRAVAUX) are not deposited in Choral yet: none matches.
  if (b.typeDemandePaiement === 'FACTURE_TRAVAUX') filtres.push({ id: { in: [] } });
  if (b.numeroBonCommande) filtres.push({ numeroEngagement: b.numeroBonCommande });
  if (b.numeroMarche) filtres.push({ numeroMarche: b.numeroMarche });
  const dateDepot = entreJours(b.periodeDateDepotDu, b.periodeDateDepotAu);
  if (dateDepot) filtres.push({ dateDepot });
  const dateFacture = entreDates(b.periodeDateFactureDu, b.periodeDateFactureAu);
  if (dateFacture) filtres.push({ dateFacture });
  // dateHeureEtatCourant is when the invoice last changed (see presenterFactureListee).
  const etat = entreJours(b.periodeDateHeureEtatCourantDu, b.periodeDateHeureEtatCourantAu);
  if (etat) filtres.push({ modifieLe: etat });

  if ('listeDestinataire' in b && b.listeDestinataire?.length) {
    filtres.push({
      OR: b.listeDestinataire.map((d) => ({
        ...(d.idDestinataire ? { destinataireId: d.idDestinataire } : {}),
        ...(d.codeDestinataire ? { destinataire: { identifiant: d.codeDestinataire } } : {}),
      })),
    });
  }
  if ('rejetTraite' in b && typeof b.rejetTraite === 'boolean') {
    filtres.push({ statutFournisseur: 'REJETEE', acquitteLe: b.rejetTraite ? { not: null } : null });
  }
  // listeIdService names the supplier's own services, which Choral's invoices do not carry.
  if ('listeFournisseurs' in b && b.listeFournisseurs?.length) {
    filtres.push({ fournisseurId: { in: b.listeFournisseurs.map((f) => f.idFournisseur) } });
  }
  if ('idServiceExecutant' in b && b.idServiceExecutant) filtres.push({ serviceId: b.idServiceExecutant });

  return filtres;
}
