import type { MonInvitation } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';

/** The caller's pending, unexpired invitations: those addressed to his (verified) login address. */
function enAttentePour(email: string): Prisma.InvitationRattachementWhereInput {
  return { email, etat: 'EN_ATTENTE', expireLe: { gt: new Date() } };
}

async function emailDe(tx: Prisma.TransactionClient, utilisateurId: number): Promise<string> {
  return (await tx.utilisateur.findUniqueOrThrow({ where: { id: utilisateurId } })).email;
}

/** "Invitations" in Mes structures: what gestionnaires invited the caller to join. */
export async function listerMesInvitations(ctx: AppContext, utilisateurId: number): Promise<MonInvitation[]> {
  const invitations = await ctx.db.invitationRattachement.findMany({
    where: enAttentePour(await emailDe(ctx.db, utilisateurId)),
    include: { structure: true, invitePar: true, services: { include: { service: true } }, espaces: true },
    orderBy: { id: 'desc' },
  });

  return invitations.map((i) => ({
    id: i.id,
    structure: { id: i.structure.id, raisonSociale: i.structure.raisonSociale },
    role: i.role === 'GESTIONNAIRE_SECONDAIRE' ? 'GESTIONNAIRE_SECONDAIRE' : 'UTILISATEUR',
    services: i.services.map(({ service }) => ({
      id: service.id,
      code: service.code,
      libelle: service.libelle,
    })),
    espaces: i.espaces.map(({ espace }) => espace),
    invitePar: i.invitePar ? `${i.invitePar.prenom} ${i.invitePar.nom}` : null,
    expireLe: i.expireLe.toISOString(),
  }));
}

/**
 * Accepts or declines one of the caller's invitations; anyone else's, or one already answered or
 * expired, is unknown (404). Accepting attaches him with the invitation's role and services
 * (an existing rattachement is left as it is: the invitation adds nothing to it).
 */
export async function repondreInvitation(
  ctx: AppContext,
  utilisateurId: number,
  invitationId: number,
  reponse: 'ACCEPTEE' | 'DECLINEE',
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const invitation = await tx.invitationRattachement.findFirst({
      where: { id: invitationId, ...enAttentePour(await emailDe(tx, utilisateurId)) },
      include: { services: true, espaces: true },
    });
    if (!invitation) throw introuvable('Invitation introuvable ou déjà traitée.');
    // Conditional update: two answers to one invitation cannot both succeed.
    const { count } = await tx.invitationRattachement.updateMany({
      where: { id: invitationId, etat: 'EN_ATTENTE' },
      data: { etat: reponse, decideLe: new Date() },
    });
    if (count === 0) throw introuvable('Invitation introuvable ou déjà traitée.');
    if (reponse === 'DECLINEE') return;
    const existant = await tx.rattachement.findUnique({
      where: { utilisateurId_structureId: { utilisateurId, structureId: invitation.structureId } },
    });
    if (existant) return;
    await tx.rattachement.create({
      data: {
        utilisateurId,
        structureId: invitation.structureId,
        role: invitation.role,
        services: { create: invitation.services.map(({ serviceId }) => ({ serviceId })) },
        espaces: { create: invitation.espaces.map(({ espace }) => ({ espace })) },
      },
    });
  });
}
