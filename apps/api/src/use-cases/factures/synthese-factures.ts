import type { Synthese } from '@choral/contracts';
import type { Db } from '@choral/db';
import { acteurAttendu } from '@choral/domain/cycle-de-vie';
import type { Perimetre } from './filtres-recherche.ts';
import { STATUTS_DU_COTE } from './filtres-recherche.ts';
import { compterParStatut } from './rechercher-factures.ts';

/**
 * « Synthèse »: per status, the invoices waiting for the caller's side (the lifecycle's
 * `acteurAttendu`); a rejection waits for the supplier only until he acknowledges it.
 */
export async function syntheseFactures(db: Db, perimetre: Perimetre): Promise<Synthese> {
  const statuts = STATUTS_DU_COTE[perimetre.cote].filter((s) => acteurAttendu(s) === perimetre.cote);
  const where =
    perimetre.cote === 'FOURNISSEUR' ? { AND: [perimetre.where, { acquitteLe: null }] } : perimetre.where;
  const compteurs = await compterParStatut(db, perimetre, where, statuts);

  return { aTraiter: compteurs.filter((c) => c.nombre > 0) };
}
