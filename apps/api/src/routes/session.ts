import { ConnexionBodySchema, SessionResponseSchema } from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { lireUtilisateurCourant } from '../use-cases/comptes/lire-utilisateur-courant.ts';
import { seConnecter } from '../use-cases/comptes/se-connecter.ts';

const tags = ['Session'];

export const sessionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const secure = ctx.config.publicUrl.startsWith('https://');

  app.post(
    '/api/session',
    {
      schema: {
        tags,
        summary: 'Se connecter',
        body: ConnexionBodySchema,
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const { token, jetonCsrf, utilisateurId } = await seConnecter(ctx, { ...request.body, ip: request.ip });
      // A new session id at each login (no fixation); the session the browser came with ends.
      if (request.session) await ctx.db.session.deleteMany({ where: { id: request.session.id } });
      setSessionCookie(reply, token, secure);

      return { utilisateur: await lireUtilisateurCourant(ctx, utilisateurId), jetonCsrf };
    },
  );
  app.get(
    '/api/session',
    { schema: { tags, summary: 'Session courante', response: { 200: SessionResponseSchema } } },
    async (request) => {
      const utilisateurId = utilisateurConnecte(request);

      return {
        utilisateur: await lireUtilisateurCourant(ctx, utilisateurId),
        jetonCsrf: request.session?.jetonCsrf ?? '',
      };
    },
  );
  app.delete(
    '/api/session',
    { schema: { tags, summary: 'Se déconnecter', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.session) await ctx.db.session.deleteMany({ where: { id: request.session.id } });
      clearSessionCookie(reply, secure);

      return reply.status(204).send(null);
    },
  );
};
