import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { courrielNouvelleDemande } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';

/**
 * A user asks to join a structure, optionally some of its services, with a comment. The
 * structure's gestionnaires are told by e-mail and see it in Approbations.
 */
export async function demanderRattachement(
  ctx: AppContext,
  utilisateurId: number,
  input: { structureId: number; serviceIds: number[]; commentaire?: string | undefined },
): Promise<{ id: number }> {
  const demande = await ctx.db.$transaction(async (tx) => {
    const structure = await tx.structure.findUnique({
      where: { id: input.structureId },
      include: { rattachements: { where: { role: { not: 'UTILISATEUR' } }, include: { utilisateur: true } } },
    });
    if (!structure) throw introuvable('Structure introuvable.');
    const services = await tx.service.findMany({
      where: { structureId: structure.id, id: { in: input.serviceIds }, actif: true },
    });
    if (services.length !== new Set(input.serviceIds).size) {
      throw new ErreurMetier('REGLE_METIER', 'Un des services choisis est inconnu ou inactif.', {
        motif: 'SERVICE_INCONNU',
        champs: [{ champ: '/serviceIds', message: 'Service inconnu ou inactif.' }],
      });
    }
    if (
      await tx.rattachement.findUnique({
        where: { utilisateurId_structureId: { utilisateurId, structureId: structure.id } },
      })
    ) {
      throw new ErreurMetier('CONFLIT', 'Vous êtes déjà rattaché(e) à cette structure.', {
        motif: 'DEJA_RATTACHE',
      });
    }
    if (
      await tx.demandeRattachement.findFirst({
        where: { demandeurId: utilisateurId, structureId: structure.id, etat: 'EN_ATTENTE' },
      })
    ) {
      throw new ErreurMetier(
        'CONFLIT',
        'Une demande de rattachement à cette structure est déjà en attente.',
        { motif: 'DEMANDE_EN_COURS' },
      );
    }
    const demandeur = await tx.utilisateur.findUniqueOrThrow({ where: { id: utilisateurId } });
    const creee = await tx.demandeRattachement.create({
      data: {
        demandeurId: utilisateurId,
        structureId: structure.id,
        commentaire: input.commentaire || null,
        services: { create: services.map((s) => ({ serviceId: s.id })) },
      },
    });
    for (const { utilisateur } of structure.rattachements) {
      await mettreEnFile(
        tx,
        courrielNouvelleDemande(
          utilisateur.emailContact,
          `${demandeur.prenom} ${demandeur.nom}`,
          structure.raisonSociale,
          `${ctx.config.publicUrl}/approbations/${creee.id}`,
        ),
      );
    }

    return creee;
  });
  ctx.mailer.wake();

  return { id: demande.id };
}
