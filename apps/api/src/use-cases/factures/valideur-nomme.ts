import type { Prisma, Service, Structure } from '@choral/db';
import { type ProblemeDepot, verifierValideur } from '@choral/domain/depot';

export interface ValideurNomme {
  structure: Structure | null;
  service: Service | null;
  /** Every valideur check of the domain on what was named. */
  problemes: ProblemeDepot[];
}

/**
 * The valideur an A9 / A12 names by identifier (private or public structure) and optional
 * service code, looked up, with the domain's verdict on it.
 */
export async function valideurNomme(
  tx: Prisma.TransactionClient,
  cadre: string,
  fournisseurId: number,
  { identifiant, codeService }: { identifiant: string | null; codeService: string | null },
): Promise<ValideurNomme> {
  // Private structures first: titulaires and mandataires are companies, mostly.
  const structure =
    identifiant === null
      ? null
      : await tx.structure.findFirst({
          where: { identifiant: identifiant.replace(/\s/g, '') },
          orderBy: { type: 'asc' },
          include: { services: { where: { code: codeService ?? '' } } },
        });
  const service = structure?.services[0] ?? null;
  const problemes = verifierValideur({
    cadre,
    identifiant,
    structure: structure && { id: structure.id, estActive: structure.active },
    codeService,
    service: service && { estActif: service.actif },
    fournisseurId,
  });

  return { structure, service, problemes };
}
