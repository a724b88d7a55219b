import type { AppContext } from '../../app-context.ts';

export interface ModifierMonCompteInput {
  nom: string;
  prenom: string;
  telephone?: string | undefined;
  emailContact: string;
  notificationsFacturation: boolean;
  resumeHebdomadaire: boolean;
  /** Absent: unchanged. */
  resumeQuotidien?: boolean | undefined;
}

/** Identity, contact address and notification preferences; the login address never changes. */
export async function modifierMonCompte(
  ctx: AppContext,
  utilisateurId: number,
  input: ModifierMonCompteInput,
): Promise<void> {
  await ctx.db.utilisateur.update({
    where: { id: utilisateurId },
    data: { ...input, telephone: input.telephone ?? null },
  });
}
