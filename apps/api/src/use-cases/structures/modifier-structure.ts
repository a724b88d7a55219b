import type { ParametresStructure, Structure } from '@choral/contracts';
import { ErreurMetier } from '@choral/domain/erreurs';
import { exigerPermission } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { consulterStructure } from './consulter-structure.ts';

export interface ModifierStructureInput {
  raisonSociale: string;
  numeroTva?: string | undefined;
  adresse: string;
  codePostal: string;
  ville: string;
}

/** Edits the structure’s identity (never its identifier). Gestionnaire principal only. */
export async function modifierStructure(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  input: ModifierStructureInput,
): Promise<Structure> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererStructure');
  await ctx.db.structure.update({
    where: { id: structureId },
    data: { ...input, numeroTva: input.numeroTva ?? null },
  });

  return consulterStructure(ctx, utilisateurId, structureId);
}

/** "Activer / inactiver ma structure": an inactive structure receives no invoice. */
export async function activerStructure(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  active: boolean,
): Promise<Structure> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererStructure');
  await ctx.db.structure.update({ where: { id: structureId }, data: { active } });

  return consulterStructure(ctx, utilisateurId, structureId);
}

/** The four parameters that drive deposit checks; they exist only on public structures. */
export async function modifierParametres(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  parametres: ParametresStructure,
): Promise<Structure> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererStructure');
  const structure = await ctx.db.structure.findUniqueOrThrow({ where: { id: structureId } });
  if (structure.type !== 'PUBLIQUE') {
    throw new ErreurMetier('REGLE_METIER', 'Ces paramètres ne concernent que les structures publiques.', {
      motif: 'STRUCTURE_PRIVEE',
    });
  }
  await ctx.db.structure.update({ where: { id: structureId }, data: parametres });

  return consulterStructure(ctx, utilisateurId, structureId);
}
