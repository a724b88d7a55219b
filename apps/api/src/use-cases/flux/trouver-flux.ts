import type { Db, Flux, Prisma } from '@choral/db';
import type { StatutFacture } from '@choral/domain/cycle-de-vie';
import { introuvable } from '@choral/domain/erreurs';
import { exigerHabilitation } from '../../access/rattachement.ts';

/** The invoices a flux integrated: sent (a draft is an entry being integrated, or refused). */
export const FACTURES_INTEGREES = { statut: { not: 'BROUILLON' } } satisfies Prisma.FactureWhereInput;

export type FluxDetaille = Flux & {
  structure: { identifiant: string; raisonSociale: string };
  factures: {
    id: number;
    numero: string | null;
    statutFournisseur: StatutFacture;
    rangFlux: number | null;
  }[];
};

/**
 * A flux of one of the caller's supplier structures, by its number or id, with its integrated
 * invoices. Anyone else gets 404 (never revealing it exists); a member without the Factures
 * émises habilitation, 403.
 */
export async function trouverFlux(
  db: Db,
  utilisateurId: number,
  cle: { numero: string } | { id: number },
): Promise<FluxDetaille> {
  const flux = await db.flux.findFirst({
    where: { ...cle, structure: { rattachements: { some: { utilisateurId } } } },
    include: {
      structure: { select: { identifiant: true, raisonSociale: true } },
      factures: {
        select: { id: true, numero: true, statutFournisseur: true, rangFlux: true },
        where: FACTURES_INTEGREES,
        orderBy: { rangFlux: 'asc' },
      },
    },
  });
  if (!flux) throw introuvable('Flux introuvable.');
  await exigerHabilitation(db, utilisateurId, flux.structureId, 'FACTURES_EMISES');

  return flux;
}
