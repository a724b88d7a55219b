import { timingSafeEqual } from 'node:crypto';
import { ErreurMetier } from '@choral/domain/erreurs';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../app-context.ts';
import { digestToken } from '../auth/secrets.ts';
import { SESSION_COOKIE } from '../auth/session-cookie.ts';

export interface SessionCourante {
  id: string;
  utilisateurId: number;
  jetonCsrf: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionCourante | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The Chorus Pro-compatible API and its token endpoint, authenticated by bearer tokens. */
export function estAppelMachine(url: string): boolean {
  return url.startsWith('/cpro/') || url === '/cpro' || url.startsWith('/api/oauth/');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);

  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Loads the server-side session from its cookie, and checks CSRF on every state-changing
 * request: the `X-CSRF-Token` header must carry the session's token, or, without a session,
 * be present at all (a custom header cannot be sent cross-site without CORS, which we don't allow).
 */
export const authentication = fp(
  async (app: FastifyInstance, { ctx }: { ctx: AppContext }) => {
    await app.register(cookie);
    app.decorateRequest('session', null);
    app.addHook('onRequest', async (request) => {
      // Machine clients (mode API): no session cookie is ever honoured, and they send no CSRF token.
      if (estAppelMachine(request.url)) return;
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const row = await ctx.db.session.findUnique({
          where: { id: digestToken(token, ctx.config.sessionSecret) },
        });
        if (row && row.expireLe > new Date()) {
          request.session = { id: row.id, utilisateurId: row.utilisateurId, jetonCsrf: row.jetonCsrf };
        }
      }
      if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
      const header = request.headers['x-csrf-token'];
      const sent = typeof header === 'string' ? header : '';
      const isValid = request.session ? sameToken(sent, request.session.jetonCsrf) : sent.length > 0;
      if (!isValid) {
        throw new ErreurMetier(
          'INTERDIT',
          'Jeton anti-falsification (CSRF) absent ou invalide : rechargez la page.',
          {
            motif: 'CSRF_INVALIDE',
          },
        );
      }
    });
  },
  { name: 'authentication' },
);

/** The signed-in user's id, or a 401 problem. */
export function utilisateurConnecte(request: FastifyRequest): number {
  if (!request.session) {
    throw new ErreurMetier('NON_AUTHENTIFIE', 'Connectez-vous pour accéder à cette page.');
  }

  return request.session.utilisateurId;
}
