import type { SessionResponse } from '@choral/contracts';
import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exigerSession, exigerSessionAJour } from './session';

const reponse: SessionResponse = {
  jetonCsrf: 'jeton',
  utilisateur: {
    id: 1,
    email: 'agent@exemple.test',
    emailContact: 'agent@exemple.test',
    nom: 'Agent',
    prenom: 'Camille',
    telephone: null,
    notificationsFacturation: true,
    resumeHebdomadaire: false,
    resumeQuotidien: false,
    rattachements: [],
    approbationsEnAttente: 0,
  },
};

/** The arguments react-router gives every loader of one navigation (the same request). */
function navigation(chemin: string) {
  return { request: new Request(`http://localhost${chemin}`), params: {}, context: {} } as LoaderFunctionArgs;
}

afterEach(() => vi.unstubAllGlobals());

describe('La session lue par les chargeurs de pages', () => {
  it('la première page d’une visite lit GET /api/session une fois ; les pages suivantes la relisent', async () => {
    const appels: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      appels.push(url);
      return Response.json(reponse);
    });

    // « Factures reçues » opened directly: the protected layout's loader and the page's, together.
    const premiere = navigation('/factures/recues');
    await Promise.all([exigerSession(premiere), exigerSessionAJour(premiere)]);
    expect(appels).toEqual(['/api/session']);

    // Back to it later: its rattachements are read again (one call).
    const suivante = navigation('/factures/recues');
    await Promise.all([exigerSession(suivante), exigerSessionAJour(suivante)]);
    expect(appels).toEqual(['/api/session', '/api/session']);
    // The first call loads the API module (zod, contracts): slow on a busy machine.
  }, 20_000);
});
