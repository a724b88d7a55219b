import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream, LoggerOptions } from 'pino';
import type { AppContext } from './app-context.ts';
import { creerLecteurFactures, type LecteurFactures } from './documents/lecteur-factures.ts';
import { requeteJournalisee } from './logger-options.ts';
import { reecrireBaseHistorique } from './mode-service/base-historique.ts';
import { authentication } from './plugins/authentication.ts';
import { enTetesSecurite } from './plugins/en-tetes-securite.ts';
import { openApi } from './plugins/openapi.ts';
import { pression } from './plugins/pression.ts';
import { problemDetails } from './plugins/problem-details.ts';
import { sansCaractereNul } from './plugins/sans-caractere-nul.ts';
import { webApp } from './plugins/web-app.ts';
import { approbationsRoutes } from './routes/approbations.ts';
import { comptesRoutes } from './routes/comptes.ts';
import { cproRoutes } from './routes/cpro/index.ts';
import { devMailboxRoutes } from './routes/dev-mailbox.ts';
import { facturesRoutes } from './routes/factures.ts';
import { facturesRechercheRoutes } from './routes/factures-recherche.ts';
import { facturesTraitementRoutes } from './routes/factures-traitement.ts';
import { fluxRoutes } from './routes/flux.ts';
import { healthRoutes } from './routes/health.ts';
import { monCompteRoutes } from './routes/mon-compte.ts';
import { notificationsRoutes } from './routes/notifications.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { raccordementsRoutes } from './routes/raccordements.ts';
import { sessionRoutes } from './routes/session.ts';
import { structuresRoutes } from './routes/structures.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface BuildAppOptions {
  ctx: AppContext;
  /** The built SPA to serve (tests point it at a fixture). */
  webDistDir?: string;
  /** pino options (and a destination stream); false in tests that don't want request logs. */
  logger?: (LoggerOptions & { stream?: DestinationStream }) | false;
  /** Reads uploaded invoices (tests size their own); closed with the app. */
  lecteurFactures?: LecteurFactures;
}

/** Builds the whole HTTP application without listening: the server and the tests share it. */
export async function buildApp({
  ctx,
  logger = false,
  webDistDir = WEB_DIST,
  lecteurFactures = creerLecteurFactures(),
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger && { ...logger, serializers: { req: requeteJournalisee, ...logger.serializers } },
    // Honour an incoming X-Request-Id (from a proxy) so logs correlate end to end.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];

      return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    rewriteUrl: reecrireBaseHistorique,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onClose', () => lecteurFactures.fermer());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  await app.register(enTetesSecurite);
  await app.register(problemDetails, { publicUrl: ctx.config.publicUrl });
  await app.register(pression, { seuils: ctx.config.pression });
  await app.register(sansCaractereNul);
  await app.register(openApi, { version: ctx.version });
  await app.register(authentication, { ctx });
  await app.register(healthRoutes, { ctx });
  await app.register(comptesRoutes, { ctx });
  await app.register(sessionRoutes, { ctx });
  await app.register(monCompteRoutes, { ctx });
  await app.register(structuresRoutes, { ctx });
  await app.register(approbationsRoutes, { ctx });
  await app.register(facturesRoutes, { ctx, lecteur: lecteurFactures });
  await app.register(facturesRechercheRoutes, { ctx });
  await app.register(facturesTraitementRoutes, { ctx });
  await app.register(fluxRoutes, { ctx });
  await app.register(notificationsRoutes, { ctx });
  await app.register(raccordementsRoutes, { ctx });
  await app.register(oauthRoutes, { ctx });
  await app.register(cproRoutes, { ctx, lecteur: lecteurFactures });
  if (ctx.config.outilsDev) await app.register(devMailboxRoutes, { ctx });
  await app.register(webApp, {
    distDir: webDistDir,
    publicUrl: ctx.config.publicUrl,
    pagesDev: ctx.config.outilsDev,
  });

  return app;
}
