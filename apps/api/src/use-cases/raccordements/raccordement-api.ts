import { randomBytes } from 'node:crypto';
import type {
  CompteTechnique,
  CompteTechniqueCree,
  IdentifiantsApplication,
  RaccordementApi,
} from '@choral/contracts';
import { donneesCompteTechnique, type Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import { type EspaceApi, expirationMotDePasseCompteTechnique } from '@choral/domain/structures';
import { exigerPermission } from '../../access/rattachement.ts';
import type { AppContext } from '../../app-context.ts';
import { hashPassword } from '../../auth/passwords.ts';

const INCLUSION_COMPTE = {
  utilisateur: {
    select: {
      rattachements: { select: { services: { select: { service: true } }, espaces: true } },
    },
  },
} satisfies Prisma.CompteTechniqueInclude;

type CompteAvecServices = Prisma.CompteTechniqueGetPayload<{ include: typeof INCLUSION_COMPTE }>;

function presenterCompte(c: CompteAvecServices): CompteTechnique {
  const services = c.utilisateur.rattachements.flatMap((r) => r.services.map((s) => s.service));

  return {
    id: c.id,
    login: c.login,
    // Its espaces are its rattachement's habilitations, like any member's.
    espaces: c.utilisateur.rattachements.flatMap((r) => r.espaces.map((e) => e.espace as EspaceApi)),
    services: services.map((s) => ({ id: s.id, code: s.code, libelle: s.libelle })),
    desactive: c.desactive,
    motDePasseExpireLe: c.motDePasseExpireLe.toISOString(),
    derniereUtilisationLe: c.derniereUtilisationLe?.toISOString() ?? null,
    creeLe: c.creeLe.toISOString(),
  };
}

/** A random secret or password: 192 bits, URL-safe, shown once. */
const secretAleatoire = (): string => randomBytes(24).toString('base64url');

/** The structure's API application and comptes techniques, for its gestionnaire principal. */
export async function lireRaccordement(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
): Promise<RaccordementApi> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererCompteTechnique');
  const [application, comptes] = await Promise.all([
    ctx.db.applicationApi.findUnique({ where: { structureId } }),
    ctx.db.compteTechnique.findMany({
      where: { structureId },
      include: INCLUSION_COMPTE,
      orderBy: { id: 'asc' },
    }),
  ]);

  return {
    application: application && {
      clientId: application.clientId,
      creeLe: application.creeLe.toISOString(),
      secretRegenereLe: application.secretRegenereLe?.toISOString() ?? null,
    },
    comptes: comptes.map(presenterCompte),
  };
}

/**
 * Creates the structure's API application, or gives it a new secret: the old secret stops
 * working and every token obtained with it is revoked at once.
 */
export async function genererApplication(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
): Promise<IdentifiantsApplication> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererCompteTechnique');
  const clientSecret = secretAleatoire();
  const secretHash = await hashPassword(clientSecret);
  const existante = await ctx.db.applicationApi.findUnique({ where: { structureId } });
  if (existante) {
    await ctx.db.$transaction([
      ctx.db.applicationApi.update({
        where: { id: existante.id },
        data: { secretHash, secretRegenereLe: new Date() },
      }),
      ctx.db.jetonApi.updateMany({
        where: { applicationId: existante.id, revoqueLe: null },
        data: { revoqueLe: new Date() },
      }),
    ]);

    return { clientId: existante.clientId, clientSecret };
  }
  const clientId = `choral-${structureId}-${randomBytes(6).toString('hex')}`;
  await ctx.db.applicationApi.create({ data: { structureId, clientId, secretHash } });

  return { clientId, clientSecret };
}

/**
 * A compte technique: an inactive user (never signs in to the portal, receives no mail) with a
 * simple-user rattachement to the structure and the chosen services, plus the granted espaces.
 */
export async function creerCompteTechnique(
  ctx: AppContext,
  utilisateurId: number,
  structureId: number,
  demande: { espaces: EspaceApi[]; serviceIds: number[] },
): Promise<CompteTechniqueCree> {
  await exigerPermission(ctx.db, utilisateurId, structureId, 'gererCompteTechnique');
  const services = await ctx.db.service.findMany({
    where: { structureId, id: { in: demande.serviceIds } },
    select: { id: true },
  });
  if (services.length !== new Set(demande.serviceIds).size) {
    throw new ErreurMetier('REQUETE_INVALIDE', 'Un des services choisis n’appartient pas à la structure.', {
      champs: [{ champ: '/serviceIds', message: 'Service inconnu dans cette structure.' }],
    });
  }
  const login = `TECH_${structureId}_${randomBytes(4).toString('hex')}@choral.local`;
  const motDePasse = secretAleatoire();
  const compte = await ctx.db.compteTechnique.create({
    data: donneesCompteTechnique({
      login,
      motDePasseHash: await hashPassword(motDePasse),
      structureId,
      serviceIds: services.map((s) => s.id),
      espaces: demande.espaces,
    }),
    include: INCLUSION_COMPTE,
  });

  return { compte: presenterCompte(compte), motDePasse };
}

async function compteDeLaStructure(ctx: AppContext, structureId: number, compteId: number) {
  const compte = await ctx.db.compteTechnique.findFirst({ where: { id: compteId, structureId } });
  if (!compte) throw introuvable('Compte technique introuvable.');

  return compte;
}

/** Disables (or enables again) a compte technique: refused by the gateway at its next call. */
export async function changerActivationCompteTechnique(
  ctx: AppContext,
  utilisateurId: number,
  ids: { structureId: number; compteId: number },
  desactive: boolean,
): Promise<CompteTechnique> {
  await exigerPermission(ctx.db, utilisateurId, ids.structureId, 'gererCompteTechnique');
  await compteDeLaStructure(ctx, ids.structureId, ids.compteId);

  return presenterCompte(
    await ctx.db.compteTechnique.update({
      where: { id: ids.compteId },
      data: { desactive },
      include: INCLUSION_COMPTE,
    }),
  );
}

/** A new password (shown once), valid for another 424 days. */
export async function renouvelerMotDePasseCompteTechnique(
  ctx: AppContext,
  utilisateurId: number,
  ids: { structureId: number; compteId: number },
): Promise<CompteTechniqueCree> {
  await exigerPermission(ctx.db, utilisateurId, ids.structureId, 'gererCompteTechnique');
  await compteDeLaStructure(ctx, ids.structureId, ids.compteId);
  const motDePasse = secretAleatoire();
  const compte = await ctx.db.compteTechnique.update({
    where: { id: ids.compteId },
    data: {
      motDePasseHash: await hashPassword(motDePasse),
      motDePasseExpireLe: expirationMotDePasseCompteTechnique(new Date()),
    },
    include: INCLUSION_COMPTE,
  });

  return { compte: presenterCompte(compte), motDePasse };
}
