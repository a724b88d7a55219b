import type { RechercheFluxQuery, RechercheFluxResponse } from '@choral/contracts';
import type { Db } from '@choral/db';
import { exigerHabilitation } from '../../access/rattachement.ts';
import { presenterFlux } from '../../presenters/flux.ts';
import { entreJours } from '../factures/filtres-recherche.ts';
import { FACTURES_INTEGREES } from './trouver-flux.ts';

/**
 * « Suivi des flux »: the flux of one of the caller's structures (deposited in the portal or
 * through the API), newest first, by state and deposit day, with their invoices integrated and
 * refused. Outside his structures: 404; without the Factures émises habilitation: 403.
 */
export async function rechercherFlux(
  db: Db,
  utilisateurId: number,
  q: RechercheFluxQuery,
): Promise<RechercheFluxResponse> {
  await exigerHabilitation(db, utilisateurId, q.structureId, 'FACTURES_EMISES');
  const dateDepot = entreJours(q.depuis, q.jusqua);
  const lus = await db.flux.findMany({
    where: {
      structureId: q.structureId,
      ...(q.etat ? { etat: q.etat } : {}),
      ...(dateDepot ? { dateDepot } : {}),
    },
    include: { _count: { select: { factures: { where: FACTURES_INTEGREES } } } },
    // The (structure, deposit date) index, read from the flux after the cursor.
    orderBy: [{ dateDepot: 'desc' }, { id: 'desc' }],
    ...(q.curseur ? { cursor: { id: q.curseur }, skip: 1 } : {}),
    take: q.limite + 1,
  });
  const flux = lus.slice(0, q.limite);

  return {
    flux: flux.map((f) => presenterFlux(f, f._count.factures)),
    suivant: lus.length > q.limite ? (flux.at(-1)?.id ?? null) : null,
  };
}
