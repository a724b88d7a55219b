import { HealthResponseSchema } from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/health',
    {
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
      const body = {
        status: isUp ? ('ok' as const) : ('degraded' as const),
        version: ctx.version,
        database: {
          status: isUp ? ('up' as const) : ('down' as const),
          kind: ctx.databaseKind,
          ...(isUp ? { latencyMs: Math.round((performance.now() - started) * 10) / 10 } : {}),
        },
        outilsDeveloppement: ctx.config.outilsDev,
      };

      return reply.status(isUp ? 200 : 503).send(body);
    },
  );
};
