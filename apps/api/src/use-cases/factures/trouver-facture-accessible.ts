import type { Cote } from '@choral/contracts';
import type { Db, Prisma } from '@choral/db';
import { introuvable } from '@choral/domain/erreurs';
import { type FactureComplete, INCLUSION_FACTURE_COMPLETE } from '../../presenters/facture.ts';
import { voitLeService } from './perimetre-destinataire.ts';

type Client = Db | Prisma.TransactionClient;

export interface FactureAccessible {
  facture: FactureComplete;
  cote: Cote;
}

/**
 * An invoice the caller may see: as a member of its supplier, or as a member of its recipient
 * once it was made available, within his services. Anyone else gets 404, never 403.
 */
export async function trouverFactureAccessible(
  db: Client,
  utilisateurId: number,
  factureId: number,
): Promise<FactureAccessible> {
  const facture = await db.facture.findUnique({
    where: { id: factureId },
    include: INCLUSION_FACTURE_COMPLETE,
  });
  if (!facture) throw introuvable('Facture introuvable.');
  const structures = [facture.fournisseurId, facture.destinataireId].filter((id) => id !== null);
  const rattachements = await db.rattachement.findMany({
    where: { utilisateurId, structureId: { in: structures } },
    select: { structureId: true, services: { select: { serviceId: true } } },
  });
  if (rattachements.some((r) => r.structureId === facture.fournisseurId))
    return { facture, cote: 'FOURNISSEUR' };
  const r = rattachements.find((x) => x.structureId === facture.destinataireId);
  const serviceIds = r?.services.map((s) => s.serviceId) ?? [];
  if (
    r &&
    facture.dateMiseADisposition &&
    voitLeService({ structureId: r.structureId, serviceIds }, facture.serviceId)
  ) {
    return { facture, cote: 'DESTINATAIRE' };
  }
  throw introuvable('Facture introuvable.');
}
