import {
  type AccuseReception,
  AccuseReceptionSchema,
  type CreerStructureBodySchema,
  DemandeRattachementCreeeSchema,
  type Espace,
  type Membre,
  MembresResponseSchema,
  MesInvitationsResponseSchema,
  type ModifierStructureBodySchema,
  type MonInvitation,
  type ParametresStructure,
  type RattacherUtilisateurBody,
  RechercheStructuresResponseSchema,
  type Service,
  type ServiceBodySchema,
  ServiceSchema,
  type Structure,
  StructureSchema,
  type StructureTrouvee,
} from '@choral/contracts';
import type { z } from 'zod';
import { apiClient } from '../../lib/api-client';

type Sortie<S extends z.ZodType> = z.output<S>;

export function creerStructure(body: Sortie<typeof CreerStructureBodySchema>): Promise<Structure> {
  return apiClient.post('/structures', body, StructureSchema);
}

export function consulterStructure(id: number, signal: AbortSignal): Promise<Structure> {
  return apiClient.get(`/structures/${id}`, StructureSchema, { signal });
}

export function modifierStructure(
  id: number,
  body: Sortie<typeof ModifierStructureBodySchema>,
): Promise<Structure> {
  return apiClient.put(`/structures/${id}`, body, StructureSchema);
}

export function activerStructure(id: number, active: boolean): Promise<Structure> {
  return apiClient.put(`/structures/${id}/activation`, { active }, StructureSchema);
}

export function modifierParametres(id: number, body: ParametresStructure): Promise<Structure> {
  return apiClient.put(`/structures/${id}/parametres`, body, StructureSchema);
}

/** Creates the service, or edits it when `serviceId` is given. */
export function enregistrerService(
  id: number,
  serviceId: number | null,
  body: Sortie<typeof ServiceBodySchema>,
): Promise<Service> {
  return serviceId === null
    ? apiClient.post(`/structures/${id}/services`, body, ServiceSchema)
    : apiClient.put(`/structures/${id}/services/${serviceId}`, body, ServiceSchema);
}

export async function listerMembres(id: number, signal: AbortSignal): Promise<Membre[]> {
  return (await apiClient.get(`/structures/${id}/utilisateurs`, MembresResponseSchema, { signal })).membres;
}

type RoleAttribuable = 'GESTIONNAIRE_SECONDAIRE' | 'UTILISATEUR';

/** « Rattacher un utilisateur »: an invitation, the same answer whether or not the address has an account. */
export function inviterUtilisateur(id: number, body: RattacherUtilisateurBody): Promise<AccuseReception> {
  return apiClient.post(`/structures/${id}/utilisateurs`, body, AccuseReceptionSchema);
}

export function modifierMembre(
  id: number,
  utilisateurId: number,
  body: { role: RoleAttribuable; serviceIds: number[]; espaces: Espace[] },
): Promise<void> {
  return apiClient.send('PUT', `/structures/${id}/utilisateurs/${utilisateurId}`, body);
}

export function detacherMembre(id: number, utilisateurId: number): Promise<void> {
  return apiClient.send('DELETE', `/structures/${id}/utilisateurs/${utilisateurId}`);
}

export function transfererPrincipal(id: number, utilisateurId: number): Promise<void> {
  return apiClient.send('POST', `/structures/${id}/transfert-principal`, { utilisateurId });
}

export async function rechercherStructures(q: string): Promise<StructureTrouvee[]> {
  return (await apiClient.get('/structures/recherche', RechercheStructuresResponseSchema, { query: { q } }))
    .structures;
}

export function demanderRattachement(body: {
  structureId: number;
  serviceIds: number[];
  espaces: Espace[];
  commentaire?: string | undefined;
}): Promise<{ id: number }> {
  return apiClient.post('/demandes-rattachement', body, DemandeRattachementCreeeSchema);
}

/** Invitations to join a structure addressed to me, pending. */
export async function listerMesInvitations(signal: AbortSignal): Promise<MonInvitation[]> {
  return (await apiClient.get('/mon-compte/invitations', MesInvitationsResponseSchema, { signal }))
    .invitations;
}

export function repondreInvitation(id: number, reponse: 'acceptation' | 'refus'): Promise<void> {
  return apiClient.send('POST', `/mon-compte/invitations/${id}/${reponse}`);
}
