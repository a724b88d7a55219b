import {
  type Approbation,
  ApprobationSchema,
  ApprobationsResponseSchema,
  DeciderResponseSchema,
  type EtatDemande,
} from '@choral/contracts';
import { apiClient } from '../../lib/api-client';

export type Decision = 'APPROUVER' | 'REFUSER';

export async function listerApprobations(
  etat: EtatDemande | null,
  signal: AbortSignal,
): Promise<Approbation[]> {
  const query = etat ? { etat } : {};
  return (await apiClient.get('/approbations', ApprobationsResponseSchema, { query, signal })).approbations;
}

export function consulterApprobation(id: number, signal: AbortSignal): Promise<Approbation> {
  return apiClient.get(`/approbations/${id}`, ApprobationSchema, { signal });
}

export async function decider(body: { ids: number[]; decision: Decision; commentaire?: string | undefined }) {
  return (await apiClient.post('/approbations/decision', body, DeciderResponseSchema)).traitees;
}
