import { type Cote, type ExportFacturesQuery, IdSchema } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { STATUTS_FACTURE, type StatutFacture, statutVisiblePourValideur } from '@choral/domain/cycle-de-vie';
import { ErreurMetier } from '@choral/domain/erreurs';

/** The invoices a caller may search on one side, from `facturesRecuesPar` or his supplier structure. */
export interface Perimetre {
  cote: Cote;
  where: Prisma.FactureWhereInput;
}

/**
 * The status column a side filters on: the supplier's (and the valideur's, a private party too)
 * hides an unreported MISE_EN_PAIEMENT.
 */
export const CHAMP_STATUT = {
  FOURNISSEUR: 'statutFournisseur',
  DESTINATAIRE: 'statut',
  VALIDEUR: 'statutFournisseur',
} as const;

// Statuses an invoice can have once routed to its recipient, or in its supplier's list.
const JAMAIS_CHEZ_LE_DESTINATAIRE: ReadonlySet<StatutFacture> = new Set([
  'BROUILLON',
  'A_VALIDER_1',
  'ERREUR_FOURNISSEUR_SUR_VALIDEUR',
  'REFUSEE_1',
  'VALIDEE_1',
  'ABSENCE_VALIDATION_1_HORS_DELAI',
  'DEPOSEE',
  'EN_COURS_ACHEMINEMENT',
  'SUPPRIMEE',
]);
export const STATUTS_DU_COTE: Readonly<Record<Cote, readonly StatutFacture[]>> = {
  DESTINATAIRE: STATUTS_FACTURE.filter((s) => !JAMAIS_CHEZ_LE_DESTINATAIRE.has(s)),
  FOURNISSEUR: STATUTS_FACTURE.filter((s) => s !== 'SUPPRIMEE'),
  VALIDEUR: STATUTS_FACTURE.filter((s) => statutVisiblePourValideur(s)),
};

/** Midnight in France of a calendar day (YYYY-MM-DD), as an instant. */
function minuitParis(jour: string): Date {
  const minuitUtc = new Date(`${jour}T00:00:00Z`);
  const heureParis = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' }).format(
      minuitUtc,
    ),
  );

  return new Date(minuitUtc.getTime() - heureParis * 3_600_000);
}

function lendemain(jour: string): string {
  return new Date(Date.parse(`${jour}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** An instant column (of an invoice, a flux…) between two French calendar days, both included. */
export function entreJours(min?: string | null, max?: string | null): { gte?: Date; lt?: Date } | undefined {
  if (!min && !max) return undefined;

  return {
    ...(min ? { gte: minuitParis(min) } : {}),
    ...(max ? { lt: minuitParis(lendemain(max)) } : {}),
  };
}

/** A calendar-day column (an invoice's date) between two days, both included. */
export function entreDates(min?: string | null, max?: string | null): { gte?: Date; lte?: Date } | undefined {
  if (!min && !max) return undefined;

  return { ...(min ? { gte: new Date(min) } : {}), ...(max ? { lte: new Date(max) } : {}) };
}

/** A structure named by its identifier (from the start) or part of its name. */
function structureDesignee(texte: string): Prisma.StructureWhereInput {
  return {
    OR: [
      { identifiant: { startsWith: texte.replace(/\s/g, '') } },
      { raisonSociale: { contains: texte, mode: 'insensitive' } },
    ],
  };
}

/** Every filter of the search except the status one (the per-status counts ignore it). */
export function filtresHorsStatut(perimetre: Perimetre, q: ExportFacturesQuery): Prisma.FactureWhereInput[] {
  const filtres: Prisma.FactureWhereInput[] = [perimetre.where];
  if (q.numero) filtres.push({ numero: { startsWith: q.numero } });
  if (q.fournisseur) filtres.push({ fournisseur: structureDesignee(q.fournisseur) });
  if (q.destinataire) filtres.push({ destinataire: structureDesignee(q.destinataire) });
  if (q.codeService) filtres.push({ service: { code: q.codeService } });
  if (q.cadre) filtres.push({ cadre: q.cadre });
  const dateDepot = entreJours(q.dateDepotMin, q.dateDepotMax);
  if (dateDepot) filtres.push({ dateDepot });
  const dateMiseADisposition = entreJours(q.dateMiseADispositionMin, q.dateMiseADispositionMax);
  if (dateMiseADisposition) filtres.push({ dateMiseADisposition });
  const dateFacture = entreDates(q.dateFactureMin, q.dateFactureMax);
  if (dateFacture) filtres.push({ dateFacture });
  if (q.montantMin || q.montantMax) {
    filtres.push({
      montantTtc: {
        ...(q.montantMin ? { gte: q.montantMin } : {}),
        ...(q.montantMax ? { lte: q.montantMax } : {}),
      },
    });
  }

  return filtres;
}

/** The status filter, on the side's own status column. */
export function filtreStatut(
  perimetre: Perimetre,
  statuts: StatutFacture[] | undefined,
): Prisma.FactureWhereInput {
  return statuts && statuts.length > 0 ? { [CHAMP_STATUT[perimetre.cote]]: { in: statuts } } : {};
}

type Tri = ExportFacturesQuery['tri'];
type Ordre = ExportFacturesQuery['ordre'];

/**
 * Sort key then id, same direction. A missing value (a draft's deposit date…) counts as the
 * largest: first in descending order, last in ascending, as the btree indexes on
 * `date_depot DESC, id DESC` read it in either direction.
 */
export function ordreTri(tri: Tri, ordre: Ordre): Prisma.FactureOrderByWithRelationInput[] {
  return [{ [tri]: { sort: ordre, nulls: ordre === 'desc' ? 'first' : 'last' } }, { id: ordre }];
}

type ValeurCurseur = string | null;

/** The row's sort value as the cursor carries it. */
function valeurTri(f: Record<Tri, unknown>, tri: Tri): ValeurCurseur {
  const v = f[tri];
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();

  return String(v);
}

/** Opaque cursor: the sort, the last row's sort value and id. */
export function encoderCurseur(f: Record<Tri, unknown> & { id: number }, tri: Tri, ordre: Ordre): string {
  return Buffer.from(JSON.stringify([tri, ordre, valeurTri(f, tri), f.id])).toString('base64url');
}

function curseurInvalide(): ErreurMetier {
  return new ErreurMetier('REQUETE_INVALIDE', 'Curseur de pagination invalide : relancez la recherche.', {
    motif: 'CURSEUR_INVALIDE',
    champs: [{ champ: '/querystring/curseur', message: 'Curseur invalide.' }],
  });
}

/**
 * The rows after the cursor, as successive segments to read in this order (the next one only if
 * the page is not full yet). Each segment is a plain range on the sort key, which the btree index
 * can seek to: an OR mixing the range and the missing values would make every page scan from the
 * start. Missing values are the largest (see `ordreTri`); no cursor: one segment, everything.
 */
export function segmentsApres(
  curseur: string | undefined,
  tri: Tri,
  ordre: Ordre,
): Prisma.FactureWhereInput[] {
  if (curseur === undefined) return [{}];
  const { valeur, id } = lireCurseur(curseur, tri, ordre);
  if (ordre === 'desc') {
    return valeur === null
      ? [{ [tri]: null, id: { lt: id } }, { [tri]: { not: null } }]
      : [{ [tri]: { lte: valeur }, OR: [{ [tri]: { lt: valeur } }, { id: { lt: id } }] }];
  }

  return valeur === null
    ? [{ [tri]: null, id: { gt: id } }]
    : [{ [tri]: { gte: valeur }, OR: [{ [tri]: { gt: valeur } }, { id: { gt: id } }] }, { [tri]: null }];
}

function lireCurseur(curseur: string, tri: Tri, ordre: Ordre): { valeur: Date | string | null; id: number } {
  let contenu: unknown;
  try {
    contenu = JSON.parse(Buffer.from(curseur, 'base64url').toString('utf8'));
  } catch {
    throw curseurInvalide();
  }
  if (!Array.isArray(contenu) || contenu.length !== 4) throw curseurInvalide();
  const [triCurseur, ordreCurseur, brute, idBrut] = contenu as unknown[];
  const id = IdSchema.safeParse(idBrut);
  if (triCurseur !== tri || ordreCurseur !== ordre || !id.success) throw curseurInvalide();
  if (brute !== null && typeof brute !== 'string') throw curseurInvalide();
  const valeur = brute !== null && tri !== 'numero' && tri !== 'montantTtc' ? new Date(brute) : brute;
  if (valeur instanceof Date && Number.isNaN(valeur.getTime())) throw curseurInvalide();

  return { valeur, id: id.data };
}
