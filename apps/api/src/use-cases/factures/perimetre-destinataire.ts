import type { Db, Prisma } from '@choral/db';
import { introuvable } from '@choral/domain/erreurs';

type Client = Db | Prisma.TransactionClient;

/** A rattachement to a public structure as it limits what its member receives. */
export interface RattachementDestinataire {
  structureId: number;
  /** Services the member is limited to; empty = the whole structure. */
  serviceIds: number[];
}

/** Whether a member sees an invoice routed to his structure: all of them, or only his services'. */
export function voitLeService(r: RattachementDestinataire, serviceId: number | null): boolean {
  return r.serviceIds.length === 0 || (serviceId !== null && r.serviceIds.includes(serviceId));
}

/** The caller's rattachement to a recipient structure with its services; 404 outside his structures. */
export async function rattachementDestinataire(
  db: Client,
  utilisateurId: number,
  structureId: number,
): Promise<RattachementDestinataire> {
  const r = await db.rattachement.findUnique({
    where: { utilisateurId_structureId: { utilisateurId, structureId } },
    select: { services: { select: { serviceId: true } } },
  });
  if (!r) throw introuvable('Structure introuvable.');

  return { structureId, serviceIds: r.services.map((s) => s.serviceId) };
}

/**
 * The invoices « Factures reçues » shows to a member: routed to his structure (made available,
 * so never one still being routed or recycled elsewhere), limited to his services if he has some.
 */
export function facturesRecuesPar(r: RattachementDestinataire): Prisma.FactureWhereInput {
  return {
    destinataireId: r.structureId,
    dateMiseADisposition: { not: null },
    ...(r.serviceIds.length > 0 ? { serviceId: { in: r.serviceIds } } : {}),
  };
}
