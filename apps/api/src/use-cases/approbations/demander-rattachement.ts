import type { Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import { type Espace, espacesDemandables, LIBELLES_ESPACE } from '@choral/domain/structures';
import { espaceAbsent, exigerRattachement } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { courrielNouvelleDemande } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';
import { ROLES_APPROBATEURS } from './lister-approbations.ts';

type Tx = Prisma.TransactionClient;

/** The structure with its gestionnaires (who are told of the request); 404 if unknown. */
async function structureEtGestionnaires(tx: Tx, structureId: number) {
  const structure = await tx.structure.findUnique({
    where: { id: structureId },
    include: {
      rattachements: { where: { role: { in: ROLES_APPROBATEURS } }, include: { utilisateur: true } },
    },
  });
  if (!structure) throw introuvable('Structure introuvable.');

  return structure;
}

/**
 * Records a request (rattachement or habilitation) and e-mails the structure's gestionnaires,
 * who see it in Approbations. One request at a time per user and structure.
 */
async function enregistrerDemande(
  ctx: AppContext,
  tx: Tx,
  utilisateurId: number,
  structure: Awaited<ReturnType<typeof structureEtGestionnaires>>,
  demande: {
    objet: 'RATTACHEMENT' | 'HABILITATION';
    espaces: Espace[];
    serviceIds: number[];
    commentaire?: string | undefined;
  },
): Promise<{ id: number }> {
  if (
    await tx.demandeRattachement.findFirst({
      where: { demandeurId: utilisateurId, structureId: structure.id, etat: 'EN_ATTENTE' },
    })
  ) {
    throw new ErreurMetier('CONFLIT', 'Une demande sur cette structure est déjà en attente.', {
      motif: 'DEMANDE_EN_COURS',
    });
  }
  const demandeur = await tx.utilisateur.findUniqueOrThrow({ where: { id: utilisateurId } });
  const creee = await tx.demandeRattachement.create({
    data: {
      objet: demande.objet,
      demandeurId: utilisateurId,
      structureId: structure.id,
      commentaire: demande.commentaire || null,
      services: { create: demande.serviceIds.map((serviceId) => ({ serviceId })) },
      espaces: { create: demande.espaces.map((espace) => ({ espace })) },
    },
  });
  const citee = {
    objet: demande.objet,
    structure: structure.raisonSociale,
    espaces: demande.espaces.map((espace) => LIBELLES_ESPACE[espace]),
  };
  for (const { utilisateur } of structure.rattachements) {
    await mettreEnFile(
      tx,
      courrielNouvelleDemande(
        utilisateur.emailContact,
        `${demandeur.prenom} ${demandeur.nom}`,
        citee,
        `${ctx.config.publicUrl}/approbations/${creee.id}`,
      ),
    );
  }

  return { id: creee.id };
}

/**
 * A user asks to join a structure, optionally some of its services and espaces, with a comment.
 * The structure's gestionnaires are told by e-mail and see it in Approbations.
 */
export async function demanderRattachement(
  ctx: AppContext,
  utilisateurId: number,
  input: { structureId: number; serviceIds: number[]; espaces: Espace[]; commentaire?: string | undefined },
): Promise<{ id: number }> {
  const demande = await ctx.db.$transaction(async (tx) => {
    const structure = await structureEtGestionnaires(tx, input.structureId);
    const services = await tx.service.findMany({
      where: { structureId: structure.id, id: { in: input.serviceIds }, actif: true },
    });
    if (services.length !== new Set(input.serviceIds).size) {
      throw new ErreurMetier('REGLE_METIER', 'Un des services choisis est inconnu ou inactif.', {
        motif: 'SERVICE_INCONNU',
        champs: [{ champ: '/serviceIds', message: 'Service inconnu ou inactif.' }],
      });
    }
    const espaces = espacesDemandables(structure.type, input.espaces);
    if (espaces === undefined) throw espaceAbsent();
    if (
      await tx.rattachement.findUnique({
        where: { utilisateurId_structureId: { utilisateurId, structureId: structure.id } },
      })
    ) {
      throw new ErreurMetier('CONFLIT', 'Vous êtes déjà rattaché(e) à cette structure.', {
        motif: 'DEJA_RATTACHE',
      });
    }

    return enregistrerDemande(ctx, tx, utilisateurId, structure, {
      objet: 'RATTACHEMENT',
      espaces,
      serviceIds: services.map((s) => s.id),
      commentaire: input.commentaire,
    });
  });
  ctx.mailer.wake();

  return demande;
}

/**
 * « Mes habilitations »: a member asks for espaces he does not hold yet on one of his
 * structures; a gestionnaire decides in Approbations. Outside his structures: 404.
 */
export async function demanderHabilitation(
  ctx: AppContext,
  utilisateurId: number,
  input: { structureId: number; espaces: Espace[]; commentaire?: string | undefined },
): Promise<{ id: number }> {
  const demande = await ctx.db.$transaction(async (tx) => {
    await exigerRattachement(tx, utilisateurId, input.structureId);
    const structure = await structureEtGestionnaires(tx, input.structureId);
    const espaces = espacesDemandables(structure.type, input.espaces);
    if (espaces === undefined) throw espaceAbsent();

    return enregistrerDemande(ctx, tx, utilisateurId, structure, {
      objet: 'HABILITATION',
      espaces,
      serviceIds: [],
      commentaire: input.commentaire,
    });
  });
  ctx.mailer.wake();

  return demande;
}
