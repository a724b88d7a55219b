import { BoiteMailResponseSchema, type Courriel } from '@choral/contracts';
import { apiClient } from '../../lib/api-client';

export async function listerCourriels(destinataire: string, signal: AbortSignal): Promise<Courriel[]> {
  const query = destinataire ? { destinataire } : {};
  return (await apiClient.get('/dev/boite-mail', BoiteMailResponseSchema, { query, signal })).courriels;
}
