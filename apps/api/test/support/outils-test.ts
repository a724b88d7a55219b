import { DemandeLienBodySchema } from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../src/app-context.ts';

/**
 * Test-only tools, never part of the product: registered by the end-to-end test server alone
 * (`serveur-e2e.ts`). Expiring an account's links shows the "expired link" path without waiting
 * an hour; the database is the embedded one, held by the server, so the test cannot reach it.
 */
export const outilsTest: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/test/comptes/expirer-liens',
    {
      schema: {
        hide: true,
        body: DemandeLienBodySchema,
        response: { 200: z.object({ expires: z.number().int() }) },
      },
    },
    async (request) => {
      const { count } = await ctx.db.jetonCompte.updateMany({
        where: { utilisateur: { email: request.body.email }, utiliseLe: null },
        data: { expireLe: new Date(Date.now() - 1000) },
      });

      return { expires: count };
    },
  );
};
