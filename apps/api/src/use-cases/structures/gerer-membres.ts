import type { Membre } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import {
  type Espace,
  espacesDemandables,
  type MembreStructure,
  verifierDetachement,
  verifierModificationMembre,
  verifierTransfertPrincipal,
} from '@choral/domain/structures';
import { erreurDeRefus, espaceAbsent, exigerPermission } from '../../access/rattachement.ts';
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

function membreStructure(r: { utilisateurId: number; role: MembreStructure['role'] }): MembreStructure {
  return { utilisateurId: String(r.utilisateurId), role: r.role };
}

/** Members of a structure with their role and services. Gestionnaires only. */
export async function listerMembres(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
): Promise<Membre[]> {
  const acteur = await exigerPermission(ctx.db, utilisateurId, structureId, 'gererUtilisateurs');
  const rattachements = await ctx.db.rattachement.findMany({
    // Comptes techniques are managed in « Raccordements API », not as members.
    where: { structureId, utilisateur: { compteTechnique: null } },
    include: { utilisateur: true, services: { include: { service: true } }, espaces: true },
    orderBy: [{ role: 'asc' }, { utilisateur: { nom: 'asc' } }],
  });
  // The domain's rules, as modifierMembre / detacherUtilisateur apply them: the page offers only what works.
  const membres = rattachements.map(membreStructure);
  const actionsSur = (role: Membre['role'], membreId: number) => ({
    modifier: verifierModificationMembre(acteur.role, { role }, role).ok,
    detacher: verifierDetachement(membres, { acteurId: String(utilisateurId), membreId: String(membreId) })
      .ok,
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
    espaces: r.espaces.map((e) => e.espace),
    actions: actionsSur(r.role, r.utilisateurId),
  }));
}

async function rattachementDuMembre(tx: Prisma.TransactionClient, structureId: number, membreId: number) {
  const r = await tx.rattachement.findUnique({
    where: { utilisateurId_structureId: { utilisateurId: membreId, structureId } },
    include: { structure: { select: { type: true } } },
  });
  if (!r) throw introuvable('Utilisateur introuvable dans cette structure.');

  return r;
}

/**
 * Changes a member's role (naming or removing a gestionnaire secondaire), services and, when
 * given, the espaces he is habilitated for.
 */
export async function modifierMembre(
  ctx: AppContext,
  utilisateurId: number,
  { structureId, membreId }: { structureId: number; membreId: number },
  input: {
    role: 'GESTIONNAIRE_SECONDAIRE' | 'UTILISATEUR';
    serviceIds: number[];
    espaces?: Espace[] | undefined;
  },
): Promise<void> {
  const acteur = await exigerPermission(ctx.db, utilisateurId, structureId, 'gererUtilisateurs');
  await ctx.db.$transaction(async (tx) => {
    const r = await rattachementDuMembre(tx, structureId, membreId);
    const verdict = verifierModificationMembre(acteur.role, r, input.role);
    if (!verdict.ok) throw erreurDeRefus(verdict);
    const serviceIds = await servicesDeLaStructure(tx, structureId, input.serviceIds);
    await tx.rattachementService.deleteMany({ where: { rattachementId: r.id } });
    await tx.rattachement.update({
      where: { id: r.id },
      data: { role: input.role, services: { create: serviceIds.map((serviceId) => ({ serviceId })) } },
    });
    if (input.espaces !== undefined) {
      const espaces = espacesDemandables(r.structure.type, input.espaces);
      if (espaces === undefined) throw espaceAbsent();
      await tx.rattachementEspace.deleteMany({ where: { rattachementId: r.id } });
      await tx.rattachementEspace.createMany({
        data: espaces.map((espace) => ({ rattachementId: r.id, espace })),
      });
    }
  });
}

/** Detaches a member. The principal cannot be detached; a secondaire only by the principal. */
export async function detacherUtilisateur(
  ctx: AppContext,
  utilisateurId: number,
  { structureId, membreId }: { structureId: number; membreId: number },
): Promise<void> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererUtilisateurs');
  await ctx.db.$transaction(async (tx) => {
    const r = await rattachementDuMembre(tx, structureId, membreId);
    const membres = await tx.rattachement.findMany({ where: { structureId } });
    const verdict = verifierDetachement(membres.map(membreStructure), {
      acteurId: String(utilisateurId),
      membreId: String(membreId),
    });
    if (!verdict.ok) throw erreurDeRefus(verdict);
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
  await exigerPermission(ctx.db, utilisateurId, structureId, 'transfererPrincipal');
  await ctx.db.$transaction(async (tx) => {
    const membres = await tx.rattachement.findMany({ where: { structureId } });
    const resultat = verifierTransfertPrincipal(membres.map(membreStructure), {
      cedant: String(utilisateurId),
      beneficiaire: String(beneficiaireId),
    });
    if (!resultat.ok) throw erreurDeRefus(resultat, '/utilisateurId');
    for (const membre of resultat.membres) {
      await tx.rattachement.update({
        where: { utilisateurId_structureId: { utilisateurId: Number(membre.utilisateurId), structureId } },
        data: { role: membre.role },
      });
    }
  });
}
