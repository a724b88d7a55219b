import {
  type AccuseReception,
  AccuseReceptionSchema,
  type ChangerMotDePasseBody,
  type CreerCompteBodySchema,
  DemandeRattachementCreeeSchema,
  type DemanderHabilitationBody,
  type MaDemande,
  MesDemandesResponseSchema,
  type ModifierMonCompteBodySchema,
  type SessionResponse,
  SessionResponseSchema,
  type UtilisateurCourant,
  UtilisateurCourantSchema,
} from '@choral/contracts';
import type { z } from 'zod';
import { apiClient } from '../../lib/api-client';

export type LienCompte = 'activation' | 'reinitialisation';

export function creerCompte(body: z.output<typeof CreerCompteBodySchema>): Promise<AccuseReception> {
  return apiClient.post('/comptes', body, AccuseReceptionSchema);
}

/** Follows the link of an e-mail: activation or password reset, with the chosen password. */
export function definirMotDePasse(
  lien: LienCompte,
  body: { jeton: string; motDePasse: string },
): Promise<AccuseReception> {
  return apiClient.post(`/comptes/${lien}`, body, AccuseReceptionSchema);
}

/** A new link by e-mail: activation (`renvoi`) or password reset (`mot-de-passe-oublie`). */
export function demanderLien(lien: LienCompte, email: string): Promise<AccuseReception> {
  const path = lien === 'activation' ? '/comptes/activation/renvoi' : '/comptes/mot-de-passe-oublie';
  return apiClient.post(path, { email }, AccuseReceptionSchema);
}

export function seConnecter(body: { email: string; motDePasse: string }): Promise<SessionResponse> {
  return apiClient.post('/session', body, SessionResponseSchema);
}

export function modifierMonCompte(
  body: z.output<typeof ModifierMonCompteBodySchema>,
): Promise<UtilisateurCourant> {
  return apiClient.put('/mon-compte', body, UtilisateurCourantSchema);
}

export function changerMotDePasse(body: ChangerMotDePasseBody): Promise<AccuseReception> {
  return apiClient.post('/mon-compte/mot-de-passe', body, AccuseReceptionSchema);
}

export function demanderHabilitation(body: DemanderHabilitationBody): Promise<{ id: number }> {
  return apiClient.post('/demandes-habilitation', body, DemandeRattachementCreeeSchema);
}

export async function listerMesDemandes(signal: AbortSignal): Promise<MaDemande[]> {
  return (await apiClient.get('/mon-compte/demandes', MesDemandesResponseSchema, { signal })).demandes;
}
