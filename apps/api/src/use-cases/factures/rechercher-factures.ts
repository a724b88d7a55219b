import type {
  CompteurStatut,
  ExportFacturesQuery,
  RechercheFacturesQuery,
  RechercheFacturesResponse,
} from '@choral/contracts';
import { type Db, Prisma } from '@choral/db';
import { LIBELLES_STATUT_FACTURE, type StatutFacture } from '@choral/domain/cycle-de-vie';
import { type FactureResumee, presenterResume, SELECTION_RESUME } from '../../presenters/facture.ts';
import { colonne, filtreSql } from './filtre-sql.ts';
import {
  CHAMP_STATUT,
  encoderCurseur,
  filtreStatut,
  filtresHorsStatut,
  ordreTri,
  type Perimetre,
  STATUTS_DU_COTE,
  segmentsApres,
} from './filtres-recherche.ts';

/** Counts stop there: a status tab shows « 1000+ » rather than scan a whole structure. */
export const PLAFOND_COMPTAGE = 1000;

/**
 * Invoices per status among `where`, each counted up to the cap, in one statement: for each
 * status, a short scan of the (structure, status, date) index that stops at the cap.
 */
export async function compterParStatut(
  db: Db,
  perimetre: Perimetre,
  where: Prisma.FactureWhereInput,
  statuts: readonly StatutFacture[] = STATUTS_DU_COTE[perimetre.cote],
): Promise<CompteurStatut[]> {
  const champ = colonne('f', CHAMP_STATUT[perimetre.cote]);
  const lignes = await db.$queryRaw<{ statut: StatutFacture; nombre: number }[]>`
    SELECT s.statut::text AS statut,
      (SELECT count(*)::int FROM (
        SELECT 1 FROM "facture" AS "f"
        WHERE ${filtreSql(where)} AND ${champ} = s.statut
        ORDER BY "f"."date_depot" DESC NULLS FIRST, "f"."id" DESC
        LIMIT ${PLAFOND_COMPTAGE + 1}) AS premieres) AS nombre
    FROM unnest(ARRAY[${Prisma.join(statuts)}]::"StatutFacture"[]) AS s(statut)`;
  const nombres = new Map(lignes.map((l) => [l.statut, l.nombre]));

  return statuts.map((statut) => {
    const nombre = nombres.get(statut) ?? 0;

    return {
      statut,
      libelleStatut: LIBELLES_STATUT_FACTURE[statut],
      nombre: Math.min(nombre, PLAFOND_COMPTAGE),
      plafonne: nombre > PLAFOND_COMPTAGE,
    };
  });
}

/** One page of the search, keyset-paginated (`curseur` after the last row read). */
async function page(
  db: Db,
  perimetre: Perimetre,
  q: ExportFacturesQuery,
  limite: number,
  curseur: string | undefined,
): Promise<{ factures: FactureResumee[]; suivant: string | null }> {
  const filtres = [...filtresHorsStatut(perimetre, q), filtreStatut(perimetre, q.statut)];
  const lues: FactureResumee[] = [];
  for (const segment of segmentsApres(curseur, q.tri, q.ordre)) {
    if (lues.length > limite) break;
    lues.push(
      ...(await db.facture.findMany({
        // The rows and their supplier, recipient and service in one statement.
        relationLoadStrategy: 'join',
        where: { AND: [...filtres, segment] },
        select: SELECTION_RESUME,
        orderBy: ordreTri(q.tri, q.ordre),
        take: limite + 1 - lues.length,
      })),
    );
  }
  const factures = lues.slice(0, limite);
  const derniere = factures.at(-1);

  return {
    factures,
    suivant: lues.length > limite && derniere ? encoderCurseur(derniere, q.tri, q.ordre) : null,
  };
}

/** « Factures reçues » / « Factures émises »: a page of rows and the counts per status. */
export async function rechercherFactures(
  db: Db,
  perimetre: Perimetre,
  q: RechercheFacturesQuery,
): Promise<RechercheFacturesResponse> {
  const [{ factures, suivant }, compteurs] = await Promise.all([
    page(db, perimetre, q, q.limite, q.curseur),
    compterParStatut(db, perimetre, { AND: filtresHorsStatut(perimetre, q) }),
  ]);

  return { factures: factures.map((f) => presenterResume(f, perimetre.cote)), suivant, compteurs };
}

/** Every row of the search, in batches read one after the other (the CSV export streams them). */
export async function* parcourirFactures(
  db: Db,
  perimetre: Perimetre,
  q: ExportFacturesQuery,
  lot = 1000,
): AsyncGenerator<FactureResumee[]> {
  let curseur: string | undefined;
  do {
    const resultat = await page(db, perimetre, q, lot, curseur);
    if (resultat.factures.length > 0) yield resultat.factures;
    curseur = resultat.suivant ?? undefined;
  } while (curseur);
}
