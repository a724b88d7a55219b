import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { courrielDecisionRattachement } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';
import { demandesGereesPar } from './lister-approbations.ts';

/**
 * Approves or refuses one or several requests at once, all or nothing. Approval takes effect
 * immediately (the requester joins as utilisateur, with the requested services); both outcomes
 * are e-mailed to the requester. A refusal grants nothing and needs a comment.
 */
export async function deciderDemandes(
  ctx: AppContext,
  utilisateurId: number,
  input: { ids: number[]; decision: 'APPROUVER' | 'REFUSER'; commentaire?: string | undefined },
): Promise<number> {
  const ids = [...new Set(input.ids)];
  const etat = input.decision === 'APPROUVER' ? 'APPROUVEE' : 'REFUSEE';
  await ctx.db.$transaction(async (tx) => {
    const demandes = await tx.demandeRattachement.findMany({
      where: { id: { in: ids }, ...demandesGereesPar(utilisateurId) },
      include: { services: true, demandeur: true, structure: true },
    });
    if (demandes.length !== ids.length) throw introuvable('Demande introuvable.');
    const dejaTraitee = demandes.find((d) => d.etat !== 'EN_ATTENTE');
    if (dejaTraitee) {
      throw new ErreurMetier('CONFLIT', `La demande n° ${dejaTraitee.id} a déjà été traitée.`, {
        motif: 'DEMANDE_DEJA_TRAITEE',
      });
    }
    for (const d of demandes) {
      // Conditional update: a concurrent decision on the same request makes this one fail.
      const { count } = await tx.demandeRattachement.updateMany({
        where: { id: d.id, etat: 'EN_ATTENTE' },
        data: {
          etat,
          decideurId: utilisateurId,
          commentaireDecision: input.commentaire || null,
          decideLe: new Date(),
        },
      });
      if (count === 0)
        throw new ErreurMetier('CONFLIT', `La demande n° ${d.id} a déjà été traitée.`, {
          motif: 'DEMANDE_DEJA_TRAITEE',
        });
      if (etat === 'APPROUVEE') {
        const rattachement = await tx.rattachement.upsert({
          where: { utilisateurId_structureId: { utilisateurId: d.demandeurId, structureId: d.structureId } },
          update: {},
          create: { utilisateurId: d.demandeurId, structureId: d.structureId, role: 'UTILISATEUR' },
        });
        await tx.rattachementService.createMany({
          data: d.services.map((s) => ({ rattachementId: rattachement.id, serviceId: s.serviceId })),
          skipDuplicates: true,
        });
      }
      await mettreEnFile(
        tx,
        courrielDecisionRattachement(
          d.demandeur.emailContact,
          d.demandeur.prenom,
          d.structure.raisonSociale,
          etat,
          input.commentaire || null,
        ),
      );
    }
  });
  ctx.mailer.wake();

  return ids.length;
}
