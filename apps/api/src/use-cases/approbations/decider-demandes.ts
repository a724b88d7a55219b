import type { Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import { deciderRattachement, LIBELLES_ESPACE } from '@choral/domain/structures';
import { erreurDeRefus } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { courrielDecisionRattachement } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';
import { demandesGereesPar } from './lister-approbations.ts';

const INCLUDE_DEMANDE = {
  services: true,
  espaces: true,
  demandeur: true,
  structure: true,
} satisfies Prisma.DemandeRattachementInclude;

type Demande = Prisma.DemandeRattachementGetPayload<{ include: typeof INCLUDE_DEMANDE }>;

function dejaTraitee(id: number): ErreurMetier {
  return new ErreurMetier('CONFLIT', `La demande n° ${id} a déjà été traitée.`, {
    motif: 'DEMANDE_DEJA_TRAITEE',
  });
}

/**
 * What an approval grants: a rattachement request makes the requester a simple user with the
 * services and espaces he asked for; an habilitation request adds its espaces to his rattachement.
 */
async function accorder(tx: Prisma.TransactionClient, d: Demande): Promise<void> {
  const cle = { utilisateurId_structureId: { utilisateurId: d.demandeurId, structureId: d.structureId } };
  const rattachement =
    d.objet === 'RATTACHEMENT'
      ? await tx.rattachement.upsert({
          where: cle,
          update: {},
          create: { utilisateurId: d.demandeurId, structureId: d.structureId, role: 'UTILISATEUR' },
        })
      : await tx.rattachement.findUnique({ where: cle });
  if (!rattachement) {
    throw new ErreurMetier(
      'CONFLIT',
      `L’auteur de la demande n° ${d.id} n’est plus rattaché à la structure.`,
      {
        motif: 'DEMANDEUR_NON_RATTACHE',
      },
    );
  }
  await tx.rattachementService.createMany({
    data: d.services.map((s) => ({ rattachementId: rattachement.id, serviceId: s.serviceId })),
    skipDuplicates: true,
  });
  await tx.rattachementEspace.createMany({
    data: d.espaces.map((e) => ({ rattachementId: rattachement.id, espace: e.espace })),
    skipDuplicates: true,
  });
}

/**
 * Approves or refuses one or several requests at once, all or nothing, under the domain's rule
 * (`deciderRattachement`: a gestionnaire of the structure, once, a comment to refuse). Approval
 * takes effect immediately; both outcomes are e-mailed to the requester; a refusal grants nothing.
 */
export async function deciderDemandes(
  ctx: AppContext,
  utilisateurId: number,
  input: { ids: number[]; decision: 'APPROUVER' | 'REFUSER'; commentaire?: string | undefined },
): Promise<number> {
  const ids = [...new Set(input.ids)];
  await ctx.db.$transaction(async (tx) => {
    const demandes = await tx.demandeRattachement.findMany({
      where: { id: { in: ids }, ...demandesGereesPar(utilisateurId) },
      include: INCLUDE_DEMANDE,
    });
    if (demandes.length !== ids.length) throw introuvable('Demande introuvable.');
    const roles = new Map(
      (
        await tx.rattachement.findMany({
          where: { utilisateurId, structureId: { in: demandes.map((d) => d.structureId) } },
          select: { structureId: true, role: true },
        })
      ).map((r) => [r.structureId, r.role]),
    );
    for (const d of demandes) {
      const verdict = deciderRattachement(d.etat, input.decision, {
        roleDecideur: roles.get(d.structureId),
        commentaire: input.commentaire,
      });
      if (!verdict.ok) {
        throw verdict.code === 'DEMANDE_DEJA_TRAITEE'
          ? dejaTraitee(d.id)
          : erreurDeRefus(verdict, '/commentaire');
      }
      // Conditional update: a concurrent decision on the same request makes this one fail.
      const { count } = await tx.demandeRattachement.updateMany({
        where: { id: d.id, etat: 'EN_ATTENTE' },
        data: {
          etat: verdict.etat,
          decideurId: utilisateurId,
          commentaireDecision: input.commentaire || null,
          decideLe: new Date(),
        },
      });
      if (count === 0) throw dejaTraitee(d.id);
      if (verdict.etat === 'APPROUVEE') await accorder(tx, d);
      await mettreEnFile(
        tx,
        courrielDecisionRattachement(
          d.demandeur.emailContact,
          d.demandeur.prenom,
          {
            objet: d.objet,
            structure: d.structure.raisonSociale,
            espaces: d.espaces.map((e) => LIBELLES_ESPACE[e.espace]),
          },
          verdict.etat === 'APPROUVEE' ? 'APPROUVEE' : 'REFUSEE',
          input.commentaire || null,
        ),
      );
    }
  });
  ctx.mailer.wake();

  return ids.length;
}
