import type { SessionResponse, UtilisateurCourant } from '@choral/contracts';
import { useSyncExternalStore } from 'react';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { paths } from '../config/paths';
import { csrfToken } from './csrf-token';

export type EtatSession =
  | { statut: 'chargement' }
  | { statut: 'anonyme' }
  | { statut: 'connecte'; utilisateur: UtilisateurCourant };

/*
 * The signed-in user, held outside React so that route loaders can wait for it
 * (`exigerSession`) and every component reads the same value (`useSession`).
 */
let etat: EtatSession = { statut: 'chargement' };
let premierChargement: Promise<void> | null = null;
/** The navigation whose loaders started that first load: it is already fresh for them. */
let requetePremierChargement: Request | null = null;
const abonnes = new Set<() => void>();

function publier(suivant: EtatSession): void {
  etat = suivant;
  for (const abonne of abonnes) abonne();
}

const sessionApi = () => import('./session-api');

export const session = {
  lire: (): EtatSession => etat,

  /** Resolves once the session known at start-up has been loaded (`GET /api/session`). */
  pret(): Promise<void> {
    premierChargement ??= session.recharger();
    return premierChargement;
  },

  /** Reloads the user (rattachements, counter of pending approbations) from the API. */
  async recharger(): Promise<void> {
    try {
      const reponse = await (await sessionApi()).lireSession();
      if (reponse) session.ouvrir(reponse);
      else session.oublier();
    } catch {
      // API unreachable: behave as signed out; pages show their own error when they call it.
      if (etat.statut === 'chargement') session.oublier();
    }
  },

  /** After a successful sign-in: keeps the CSRF token in memory and publishes the user. */
  ouvrir(reponse: SessionResponse): void {
    csrfToken.set(reponse.jetonCsrf);
    publier({ statut: 'connecte', utilisateur: reponse.utilisateur });
  },

  /** After `PUT /api/mon-compte`, which answers the updated user. */
  mettreAJour(utilisateur: UtilisateurCourant): void {
    if (etat.statut === 'connecte') publier({ statut: 'connecte', utilisateur });
  },

  oublier(): void {
    csrfToken.set(null);
    publier({ statut: 'anonyme' });
  },

  async deconnecter(): Promise<void> {
    await (await sessionApi()).fermerSession();
    session.oublier();
  },

  abonner(abonne: () => void): () => void {
    abonnes.add(abonne);
    return () => abonnes.delete(abonne);
  },
};

export function useSession(): EtatSession {
  return useSyncExternalStore(session.abonner, session.lire);
}

/** The signed-in user; only for pages behind `exigerSession`. */
export function useUtilisateur(): UtilisateurCourant {
  const courant = useSession();
  if (courant.statut !== 'connecte') throw new Error('Page réservée aux utilisateurs connectés.');
  return courant.utilisateur;
}

/** Loader of the pages reserved to signed-in users: to /connexion, then back here. */
export async function exigerSession({ request }: LoaderFunctionArgs): Promise<null> {
  if (!premierChargement) requetePremierChargement = request;
  await session.pret();
  if (session.lire().statut !== 'connecte') {
    const { pathname, search } = new URL(request.url);
    throw redirect(paths.connexion.href(`${pathname}${search}`));
  }
  return null;
}

/**
 * Same, with fresh rattachements (pages listing the user's structures). The loaders of one
 * navigation share its request: the first page of a visit reads the session once, not twice.
 */
export async function exigerSessionAJour(args: LoaderFunctionArgs): Promise<null> {
  await exigerSession(args);
  if (args.request !== requetePremierChargement) await session.recharger();
  return null;
}
