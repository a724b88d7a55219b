import type { Prisma } from '@choral/db';

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
