import type { Membre } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import { verifierTransfertPrincipal } from '@choral/domain/structures';
import { exigerGestionnaire, exigerPrincipal } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';

/** The given services, checked to belong to the structure (an invitation carries them too). */
export async function servicesDeLaStructure(
  tx: Prisma.TransactionClient,
  structureId: number,
  serviceIds: number[],
): Promise<number[]> {
  const services = await tx.service.findMany({
    where: { structureId, id: { in: serviceIds } },
    select: { id: true },
  });
  if (services.length !== new Set(serviceIds).size) {
    throw new ErreurMetier('REGLE_METIER', 'Un des services choisis n’appartient pas à la structure.', {
      motif: 'SERVICE_INCONNU',
      champs: [{ champ: '/serviceIds', message: 'Service inconnu dans cette structure.' }],
    });
  }

  return services.map((s) => s.id);
}

/** Members of a structure with their role and services. Gestionnaires only. */
export async function listerMembres(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
): Promise<Membre[]> {
  const acteur = await exigerGestionnaire(ctx.db, utilisateurId, structureId);
  const rattachements = await ctx.db.rattachement.findMany({
    where: { structureId },
    include: { utilisateur: true, services: { include: { service: true } } },
    orderBy: [{ role: 'asc' }, { utilisateur: { nom: 'asc' } }],
  });
  // Same rules as modifierMembre / detacherUtilisateur below, so the page offers only what works.
  const actionsSur = (role: Membre['role'], membreId: number) => ({
    modifier: role !== 'GESTIONNAIRE_PRINCIPAL',
    detacher:
      role === 'UTILISATEUR' ||
      (role === 'GESTIONNAIRE_SECONDAIRE' &&
        (acteur.role === 'GESTIONNAIRE_PRINCIPAL' || membreId === utilisateurId)),
  });

  return rattachements.map((r) => ({
    utilisateurId: r.utilisateurId,
    email: r.utilisateur.email,
    nom: r.utilisateur.nom,
    prenom: r.utilisateur.prenom,
    role: r.role,
    services: r.services.map(({ service }) => ({
      id: service.id,
      code: service.code,
      libelle: service.libelle,
    })),
    actions: actionsSur(r.role, r.utilisateurId),
  }));
}

async function rattachementDuMembre(tx: Prisma.TransactionClient, structureId: number, membreId: number) {
  const r = await tx.rattachement.findUnique({
    where: { utilisateurId_structureId: { utilisateurId: membreId, structureId } },
  });
  if (!r) throw introuvable('Utilisateur introuvable dans cette structure.');

  return r;
}

/** Changes a member's role (naming or removing a gestionnaire secondaire) and services. */
export async function modifierMembre(
  ctx: AppContext,
  utilisateurId: number,
  { structureId, membreId }: { structureId: number; membreId: number },
  input: { role: 'GESTIONNAIRE_SECONDAIRE' | 'UTILISATEUR'; serviceIds: number[] },
): Promise<void> {
  const acteur = await exigerGestionnaire(ctx.db, utilisateurId, structureId);
  await ctx.db.$transaction(async (tx) => {
    const r = await rattachementDuMembre(tx, structureId, membreId);
    if (r.role === 'GESTIONNAIRE_PRINCIPAL') {
      throw new ErreurMetier('REGLE_METIER', 'Transférez d’abord le rôle de gestionnaire principal.', {
        motif: 'GESTIONNAIRE_PRINCIPAL',
      });
    }
    if (r.role !== input.role && acteur.role !== 'GESTIONNAIRE_PRINCIPAL') {
      throw new ErreurMetier(
        'INTERDIT',
        'Seul le gestionnaire principal nomme ou retire les gestionnaires secondaires.',
      );
    }
    const serviceIds = await servicesDeLaStructure(tx, structureId, input.serviceIds);
    await tx.rattachementService.deleteMany({ where: { rattachementId: r.id } });
    await tx.rattachement.update({
      where: { id: r.id },
      data: { role: input.role, services: { create: serviceIds.map((serviceId) => ({ serviceId })) } },
    });
  });
}

/** Detaches a member. The principal cannot be detached; a secondaire only by the principal. */
export async function detacherUtilisateur(
  ctx: AppContext,
  utilisateurId: number,
  { structureId, membreId }: { structureId: number; membreId: number },
): Promise<void> {
  const acteur = await exigerGestionnaire(ctx.db, utilisateurId, structureId);
  await ctx.db.$transaction(async (tx) => {
    const r = await rattachementDuMembre(tx, structureId, membreId);
    if (r.role === 'GESTIONNAIRE_PRINCIPAL') {
      throw new ErreurMetier(
        'REGLE_METIER',
        'Le gestionnaire principal ne peut pas être détaché : transférez d’abord son rôle.',
        {
          motif: 'GESTIONNAIRE_PRINCIPAL',
        },
      );
    }
    if (
      r.role === 'GESTIONNAIRE_SECONDAIRE' &&
      acteur.role !== 'GESTIONNAIRE_PRINCIPAL' &&
      membreId !== utilisateurId
    ) {
      throw new ErreurMetier(
        'INTERDIT',
        'Seul le gestionnaire principal détache un gestionnaire secondaire.',
      );
    }
    await tx.rattachement.delete({ where: { id: r.id } });
  });
}

/** Hands the principal role to another member; the former principal becomes secondaire. */
export async function transfererPrincipal(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  beneficiaireId: number,
): Promise<void> {
  await exigerPrincipal(ctx.db, utilisateurId, structureId);
  await ctx.db.$transaction(async (tx) => {
    const membres = await tx.rattachement.findMany({ where: { structureId } });
    const resultat = verifierTransfertPrincipal(
      membres.map((m) => ({ utilisateurId: String(m.utilisateurId), role: m.role })),
      { cedant: String(utilisateurId), beneficiaire: String(beneficiaireId) },
    );
    if (!resultat.ok) {
      throw new ErreurMetier('REGLE_METIER', resultat.message, {
        motif: resultat.code,
        champs: [{ champ: '/utilisateurId', message: resultat.message }],
      });
    }
    for (const membre of resultat.membres) {
      await tx.rattachement.update({
        where: { utilisateurId_structureId: { utilisateurId: Number(membre.utilisateurId), structureId } },
        data: { role: membre.role },
      });
    }
  });
}
