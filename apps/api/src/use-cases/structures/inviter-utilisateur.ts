import {
  type Espace,
  espacesDemandables,
  LIBELLES_ROLE_STRUCTURE,
  verifierPermission,
} from '@choral/domain/structures';
import { erreurDeRefus, espaceAbsent, exigerPermission } from '../../access/rattachement.ts';
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
  input: {
    email: string;
    role: 'GESTIONNAIRE_SECONDAIRE' | 'UTILISATEUR';
    serviceIds: number[];
    espaces: Espace[];
  },
): Promise<void> {
  const acteur = await exigerPermission(ctx.db, utilisateurId, structureId, 'gererUtilisateurs');
  const nomination = verifierPermission(acteur.role, 'nommerGestionnaires');
  if (input.role === 'GESTIONNAIRE_SECONDAIRE' && !nomination.ok) throw erreurDeRefus(nomination);
  const email = input.email.trim().toLowerCase();
  await ctx.db.$transaction(async (tx) => {
    const serviceIds = await servicesDeLaStructure(tx, structureId, input.serviceIds);
    const [structure, invitePar] = await Promise.all([
      tx.structure.findUniqueOrThrow({ where: { id: structureId } }),
      tx.utilisateur.findUniqueOrThrow({ where: { id: utilisateurId } }),
    ]);
    const espaces = espacesDemandables(structure.type, input.espaces);
    if (espaces === undefined) throw espaceAbsent();
    await tx.invitationRattachement.create({
      data: {
        structureId,
        email,
        role: input.role,
        inviteParId: utilisateurId,
        expireLe: new Date(Date.now() + DUREE_INVITATION_MS),
        services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
        espaces: { create: espaces.map((espace) => ({ espace })) },
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
