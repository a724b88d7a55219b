import {
  CHEMIN_JETON_OAUTH,
  DemandeJetonSchema,
  DUREE_JETON_API_SECONDES,
  ErreurOauthSchema,
  JetonOauthSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { delivrerJeton } from '../mode-service/delivrer-jeton.ts';
import { TAG_CPRO } from './cpro/tag.ts';

/** The token endpoint of the API applications (PISTE's `/api/oauth/token`). */
export const oauthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Machine clients post a form: parsed here only, nowhere else in the portal.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  app.setErrorHandler((error, _request, reply) => {
    const status = (error as { statusCode?: number }).statusCode === 415 ? 415 : 400;

    return reply.status(status).send({
      error: 'invalid_request',
      error_description:
        'Corps attendu en application/x-www-form-urlencoded : grant_type, client_id, client_secret, scope.',
    });
  });
  app.post(
    CHEMIN_JETON_OAUTH,
    {
      schema: {
        tags: [TAG_CPRO],
        summary: 'Obtenir un jeton d’accès (OAuth2 client credentials, comme PISTE)',
        consumes: ['application/x-www-form-urlencoded'],
        body: DemandeJetonSchema,
        response: { 200: JetonOauthSchema, 400: ErreurOauthSchema, 401: ErreurOauthSchema },
      },
    },
    async (request, reply) => {
      const resultat = await delivrerJeton(ctx, request.body);
      reply.header('Cache-Control', 'no-store');
      if (!resultat.ok) {
        return reply
          .status(resultat.status)
          .send({ error: resultat.erreur, error_description: resultat.description });
      }

      return {
        access_token: resultat.jeton,
        token_type: 'Bearer' as const,
        expires_in: DUREE_JETON_API_SECONDES,
        scope: 'openid',
      };
    },
  );
};
