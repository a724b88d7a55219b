import { ErreurMetier } from '@choral/domain/erreurs';
import { LIBELLES_ROLE_STRUCTURE } from '@choral/domain/structures';
import { exigerGestionnaire } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { courrielInvitation } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';
import { servicesDeLaStructure } from './gerer-membres.ts';

export const DUREE_INVITATION_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * "Rattacher un utilisateur": a gestionnaire invites an address, with the role and services the
 * rattachement would grant. Nobody is attached without consent: the holder of the address
 * accepts or declines from the portal. The same thing happens whether or not the address has an
 * account, so the gestionnaire learns nothing about it.
 */
export async function inviterUtilisateur(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  input: { email: string; role: 'GESTIONNAIRE_SECONDAIRE' | 'UTILISATEUR'; serviceIds: number[] },
): Promise<void> {
  const acteur = await exigerGestionnaire(ctx.db, utilisateurId, structureId);
  if (input.role === 'GESTIONNAIRE_SECONDAIRE' && acteur.role !== 'GESTIONNAIRE_PRINCIPAL') {
    throw new ErreurMetier('INTERDIT', 'Seul le gestionnaire principal nomme les gestionnaires secondaires.');
  }
  const email = input.email.trim().toLowerCase();
  await ctx.db.$transaction(async (tx) => {
    const serviceIds = await servicesDeLaStructure(tx, structureId, input.serviceIds);
    const [structure, invitePar] = await Promise.all([
      tx.structure.findUniqueOrThrow({ where: { id: structureId } }),
      tx.utilisateur.findUniqueOrThrow({ where: { id: utilisateurId } }),
    ]);
    await tx.invitationRattachement.create({
      data: {
        structureId,
        email,
        role: input.role,
        inviteParId: utilisateurId,
        expireLe: new Date(Date.now() + DUREE_INVITATION_MS),
        services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
      },
    });
    await mettreEnFile(
      tx,
      courrielInvitation(email, {
        structure: structure.raisonSociale,
        invitePar: `${invitePar.prenom} ${invitePar.nom}`,
        role: LIBELLES_ROLE_STRUCTURE[input.role],
        publicUrl: ctx.config.publicUrl,
      }),
    );
  });
  ctx.mailer.wake();
}
