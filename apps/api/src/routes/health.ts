import { HealthResponseSchema } from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { TOUJOURS_SERVIE } from '../plugins/pression.ts';
import { RETRY_AFTER_SECONDES } from '../plugins/problem-details.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/health',
    {
      config: TOUJOURS_SERVIE,
      schema: {
        tags: ['Plateforme'],
        summary: 'État de la plateforme',
        response: { 200: HealthResponseSchema, 503: HealthResponseSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      const isUp = await ctx.db.$queryRaw`SELECT 1`.then(
        () => true,
        () => false,
      );
      const surcharge = app.isUnderPressure();
      const charge = app.memoryUsage();
      const body = {
        status: isUp && !surcharge ? ('ok' as const) : ('degraded' as const),
        version: ctx.version,
        database: {
          status: isUp ? ('up' as const) : ('down' as const),
          kind: ctx.databaseKind,
          ...(isUp ? { latencyMs: Math.round((performance.now() - started) * 10) / 10 } : {}),
        },
        charge: {
          status: surcharge ? ('surcharge' as const) : ('ok' as const),
          eventLoopDelayMs: Math.round(charge.eventLoopDelay * 10) / 10,
          heapUsedBytes: charge.heapUsed,
          rssBytes: charge.rssBytes,
        },
        outilsDeveloppement: ctx.config.outilsDev,
      };
      if (body.status === 'ok') return reply.send(body);

      return reply.status(503).header('Retry-After', RETRY_AFTER_SECONDES).send(body);
    },
  );
};
