import type { Service } from '@choral/contracts';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import { CODE_SERVICE_FACTURES_PUBLIQUES } from '@choral/domain/structures';
import { exigerPermission } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { presenterService } from '../../presenters/structure.ts';

export interface ServiceInput {
  code: string;
  libelle: string;
  description?: string | undefined;
  actif: boolean;
  dateDebutValidite?: string | null | undefined;
  dateFinValidite?: string | null | undefined;
  engagementObligatoire: boolean;
}

function donnees(input: ServiceInput) {
  return {
    ...input,
    description: input.description ?? null,
    dateDebutValidite: input.dateDebutValidite ? new Date(input.dateDebutValidite) : null,
    dateFinValidite: input.dateFinValidite ? new Date(input.dateFinValidite) : null,
  };
}

function codeDejaPris(): ErreurMetier {
  return new ErreurMetier('CONFLIT', 'Un service porte déjà ce code dans la structure.', {
    motif: 'SERVICE_EXISTANT',
    champs: [{ champ: '/code', message: 'Code déjà utilisé.' }],
  });
}

export async function creerService(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  input: ServiceInput,
): Promise<Service> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererStructure');
  if (await ctx.db.service.findUnique({ where: { structureId_code: { structureId, code: input.code } } }))
    throw codeDejaPris();

  return presenterService(await ctx.db.service.create({ data: { ...donnees(input), structureId } }));
}

/** Edits a service. The special FACTURES_PUBLIQUES service keeps its code and stays active. */
export async function modifierService(
  ctx: AppContext,
  utilisateurId: number,
  { structureId, serviceId }: { structureId: number; serviceId: number },
  input: ServiceInput,
): Promise<Service> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererStructure');
  const service = await ctx.db.service.findFirst({ where: { id: serviceId, structureId } });
  if (!service) throw introuvable('Service introuvable.');
  if (service.code === CODE_SERVICE_FACTURES_PUBLIQUES && (input.code !== service.code || !input.actif)) {
    throw new ErreurMetier(
      'REGLE_METIER',
      'Le service FACTURES_PUBLIQUES ne peut être ni renommé ni désactivé.',
      {
        motif: 'SERVICE_RESERVE',
      },
    );
  }
  if (
    input.code !== service.code &&
    (await ctx.db.service.findUnique({ where: { structureId_code: { structureId, code: input.code } } }))
  ) {
    throw codeDejaPris();
  }

  return presenterService(await ctx.db.service.update({ where: { id: serviceId }, data: donnees(input) }));
}
