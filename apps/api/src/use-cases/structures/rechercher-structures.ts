import type { EntreeAnnuaire, StructureTrouvee } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { espacesDeLaStructure } from '@choral/domain/structures';
import type { AppContext } from '../../app-context.ts';
import { presenterParametres, presenterService } from '../../presenters/structure.ts';

const LIMITE = 25;

function critere(q: string): Prisma.StructureWhereInput {
  const compact = q.replace(/\s/g, '');

  return q === ''
    ? {}
    : {
        OR: [
          { identifiant: { startsWith: compact } },
          { raisonSociale: { contains: q, mode: 'insensitive' } },
        ],
      };
}

/** Structures to ask a rattachement to, by identifier (prefix) or name; active services only. */
export async function rechercherStructures(ctx: AppContext, q: string): Promise<StructureTrouvee[]> {
  const structures = await ctx.db.structure.findMany({
    where: critere(q),
    include: { services: { where: { actif: true }, orderBy: { code: 'asc' } } },
    orderBy: { raisonSociale: 'asc' },
    take: LIMITE,
  });

  return structures.map((s) => ({
    id: s.id,
    type: s.type,
    typeIdentifiant: s.typeIdentifiant,
    identifiant: s.identifiant,
    raisonSociale: s.raisonSociale,
    ville: s.ville,
    active: s.active,
    services: s.services.map(({ id, code, libelle }) => ({ id, code, libelle })),
    espaces: [...espacesDeLaStructure(s.type)],
  }));
}

/**
 * The annuaire of public structures, as the deposit form uses it: parameters and services,
 * with whether each is active and requires an engagement number.
 */
export async function consulterAnnuaire(ctx: AppContext, q: string): Promise<EntreeAnnuaire[]> {
  const structures = await ctx.db.structure.findMany({
    where: { ...critere(q), type: 'PUBLIQUE' },
    include: { services: { orderBy: { code: 'asc' } } },
    orderBy: { raisonSociale: 'asc' },
    take: LIMITE,
  });

  return structures.map((s) => ({
    id: s.id,
    identifiant: s.identifiant,
    raisonSociale: s.raisonSociale,
    ville: s.ville,
    active: s.active,
    parametres: presenterParametres(s),
    services: s.services.map(presenterService),
  }));
}
