import { type SessionResponse, SessionResponseSchema } from '@choral/contracts';
import { apiClient } from './api-client';
import { isApiError } from './api-error';

// Loaded on demand by `session.ts`, so that zod and the contracts stay out of the initial download.

/** The current session, or null when nobody is signed in (401). */
export async function lireSession(): Promise<SessionResponse | null> {
  try {
    return await apiClient.get('/session', SessionResponseSchema);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export async function fermerSession(): Promise<void> {
  await apiClient.send('DELETE', '/session');
}
