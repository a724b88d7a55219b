import { CHEMINS_CPRO, EnveloppeCproSchema, LIBELLE_SUCCES_TRANSVERSES } from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import type { LecteurFactures } from '../../documents/lecteur-factures.ts';
import { authentifierAppelApi } from '../../mode-service/acces-api.ts';
import { reponseErreurCpro } from '../../mode-service/erreurs-cpro.ts';
import { cproFacturesRoutes } from './factures.ts';
import { cproStructuresRoutes } from './structures.ts';
import { TAG_CPRO } from './tag.ts';
import { cproReferentielsRoutes, cproTransversesRoutes } from './transverses.ts';
import { cproUtilisateursRoutes } from './utilisateurs.ts';

/**
 * The Chorus Pro-compatible API (`/cpro/...`): its own scope, with the gateway's checks (bearer
 * token, then cpro-account) before every route but the health check, and its own error answers
 * (the codeRetour envelope, never a problem document nor HTML).
 */
export const cproRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; lecteur: LecteurFactures }> = async (
  app,
  { ctx, lecteur },
) => {
  app.decorateRequest('appelantApi', null);
  // Connectors post `{}` or nothing at all for parameterless calls: both mean no parameter.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const texte = (body as string).trim();
    try {
      done(null, texte === '' ? {} : JSON.parse(texte));
    } catch {
      done(Object.assign(new Error('JSON invalide.'), { statusCode: 400 }), undefined);
    }
  });
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url === CHEMINS_CPRO.healthCheck) return;
    request.appelantApi = await authentifierAppelApi(ctx, request);
  });
  app.setErrorHandler((error, request, reply) => {
    const { status, corps } = reponseErreurCpro(error);
    if (status === 503) reply.header('Retry-After', '5');
    else if (status >= 500) request.log.error({ err: error }, 'Erreur interne de l’API /cpro');

    return reply.status(status).type('application/json; charset=utf-8').send(corps);
  });

  app.get(
    CHEMINS_CPRO.healthCheck,
    {
      schema: {
        tags: [TAG_CPRO],
        summary: 'Disponibilité de l’API (sans authentification)',
        response: { 200: EnveloppeCproSchema.extend({ statut: z.string() }) },
      },
    },
    async () => ({ codeRetour: 0, libelle: LIBELLE_SUCCES_TRANSVERSES, statut: 'UP' }),
  );
  await app.register(cproTransversesRoutes, { ctx });
  await app.register(cproReferentielsRoutes);
  await app.register(cproStructuresRoutes, { ctx });
  await app.register(cproUtilisateursRoutes, { ctx });
  await app.register(cproFacturesRoutes, { ctx, lecteur });
};
