import { createHash } from 'node:crypto';
import { ErreurMetier } from '@choral/domain/erreurs';
import { compteTechniqueAccedeA, type EspaceApi, refusCompteTechnique } from '@choral/domain/structures';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { digestToken } from '../auth/secrets.ts';
import { viaBaseHistorique } from './base-historique.ts';
import { RefusPasserelle } from './refus-passerelle.ts';

/** Who calls the API: the compte technique, the user behind it and its structure. */
export interface AppelantApi {
  compteId: number;
  utilisateurId: number;
  structureId: number;
  espaces: readonly string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    appelantApi: AppelantApi | null;
  }
}

/** Last use is written at most once a minute per account, not on every call. */
const PRECISION_DERNIERE_UTILISATION_MS = 60_000;
/**
 * argon2 costs ~50 ms: a password already checked against the same stored hash is remembered a
 * few minutes (by digest, never in clear), so that a connector's steady traffic is not throttled by it.
 */
const DUREE_VERIFICATION_MEMORISEE_MS = 5 * 60_000;
const verifications = new Map<string, number>();

async function motDePasseValide(hash: string, motDePasse: string): Promise<boolean> {
  const cle = createHash('sha256').update(`${hash}\n${motDePasse}`).digest('base64');
  const valideJusqua = verifications.get(cle);
  if (valideJusqua !== undefined && valideJusqua > Date.now()) return true;
  if (!(await verifyPassword(hash, motDePasse))) return false;
  if (verifications.size > 10_000) verifications.clear();
  verifications.set(cle, Date.now() + DUREE_VERIFICATION_MEMORISEE_MS);

  return true;
}

function enTete(request: FastifyRequest, nom: string): string {
  const valeur = request.headers[nom];

  return typeof valeur === 'string' ? valeur.trim() : '';
}

/** `cpro-account: base64(login:password)`, or null when it cannot be read. */
function lireCompte(valeur: string): { login: string; motDePasse: string } | null {
  const texte = Buffer.from(valeur, 'base64').toString('utf8');
  const separateur = texte.indexOf(':');
  if (separateur <= 0) return null;

  return { login: texte.slice(0, separateur), motDePasse: texte.slice(separateur + 1) };
}

/**
 * Checks the bearer token (401), then the compte technique of `cpro-account` (403): it must
 * exist, be enabled with an unexpired password and belong to the structure of the application
 * that obtained the token. Through the legacy base (`/service/…`), HTTP Basic with the compte
 * technique's login and password stands for both, as the pre-PISTE API had it.
 */
export async function authentifierAppelApi(ctx: AppContext, request: FastifyRequest): Promise<AppelantApi> {
  if (viaBaseHistorique(request)) {
    const basic = /^Basic\s+(\S+)$/i.exec(enTete(request, 'authorization'))?.[1];
    const identifiants = basic ? lireCompte(basic) : null;
    if (!identifiants) {
      throw new RefusPasserelle(
        401,
        'invalid_client',
        'Authentification Basic du compte technique attendue.',
      );
    }

    return compteTechniqueAppelant(ctx, identifiants, null);
  }
  const autorisation = enTete(request, 'authorization');
  const jeton = /^Bearer\s+(\S+)$/i.exec(autorisation)?.[1];
  if (!jeton)
    throw new RefusPasserelle(401, 'invalid_token', 'Jeton d’accès absent (Authorization: Bearer).');
  const ligneJeton = await ctx.db.jetonApi.findUnique({
    where: { id: digestToken(jeton, ctx.config.sessionSecret) },
    select: { expireLe: true, revoqueLe: true, application: { select: { structureId: true } } },
  });
  if (!ligneJeton || ligneJeton.revoqueLe || ligneJeton.expireLe <= new Date()) {
    throw new RefusPasserelle(401, 'invalid_token', 'Jeton d’accès inconnu, expiré ou révoqué.');
  }
  const identifiants = lireCompte(enTete(request, 'cpro-account'));
  if (!identifiants)
    throw new RefusPasserelle(403, 'access_denied', 'En-tête cpro-account absent ou invalide.');

  return compteTechniqueAppelant(ctx, identifiants, ligneJeton.application.structureId);
}

/**
 * The compte technique behind a call, checked: known, right password, enabled, unexpired, and
 * (with a token) of the structure of the application that obtained it.
 */
async function compteTechniqueAppelant(
  ctx: AppContext,
  identifiants: { login: string; motDePasse: string },
  structureApplication: number | null,
): Promise<AppelantApi> {
  const maintenant = new Date();
  const compte = await ctx.db.compteTechnique.findUnique({
    where: { login: identifiants.login },
    include: { utilisateur: { select: { rattachements: { select: { espaces: true } } } } },
  });
  if (!compte || !(await motDePasseValide(compte.motDePasseHash, identifiants.motDePasse))) {
    throw new RefusPasserelle(403, 'access_denied', 'Compte technique inconnu ou mot de passe erroné.');
  }
  if (refusCompteTechnique(compte, maintenant) !== null) {
    throw new RefusPasserelle(403, 'access_denied', 'Compte technique désactivé ou mot de passe expiré.');
  }
  if (structureApplication !== null && compte.structureId !== structureApplication) {
    throw new RefusPasserelle(
      403,
      'access_denied',
      'Ce compte technique n’est pas raccordé à la structure de cette application.',
    );
  }
  const derniere = compte.derniereUtilisationLe?.getTime() ?? 0;
  if (maintenant.getTime() - derniere > PRECISION_DERNIERE_UTILISATION_MS) {
    await ctx.db.compteTechnique.update({
      where: { id: compte.id },
      data: { derniereUtilisationLe: maintenant },
    });
  }

  return {
    compteId: compte.id,
    utilisateurId: compte.utilisateurId,
    structureId: compte.structureId,
    espaces: compte.utilisateur.rattachements.flatMap((r) => r.espaces.map((e) => e.espace)),
  };
}

/** The caller of an API route (set by the /cpro scope's hook). */
export function appelant(request: FastifyRequest): AppelantApi {
  if (!request.appelantApi) throw new RefusPasserelle(401, 'invalid_token', 'Appel non authentifié.');

  return request.appelantApi;
}

/** The caller's account must have been granted `espace` (403 otherwise, like any habilitation). */
export function exigerEspace(a: AppelantApi, espace: EspaceApi): void {
  if (!compteTechniqueAccedeA(a, espace)) {
    throw new ErreurMetier('INTERDIT', `Ce compte technique n’a pas accès à l’espace ${espace}.`);
  }
}
