import { BoiteMailQuerySchema, BoiteMailResponseSchema, DemandeLienBodySchema } from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';

/**
 * Development tools, registered outside production only. The outbox, readable without a mail server so that a new user can follow an activation
 * link (it shows every message, to anyone); and a way to expire an account's links, so that
 * trainers and end-to-end tests can show the "expired link" path without waiting an hour.
 */
export const devMailboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/dev/boite-mail',
    {
      schema: {
        tags: ['Développement'],
        summary: 'Boîte d’envoi (hors production)',
        querystring: BoiteMailQuerySchema,
        response: { 200: BoiteMailResponseSchema },
      },
    },
    async (request) => {
      const courriels = await ctx.db.courriel.findMany({
        where: request.query.destinataire ? { destinataire: request.query.destinataire.toLowerCase() } : {},
        orderBy: { id: 'desc' },
        take: 100,
      });

      return {
        courriels: courriels.map((c) => ({
          id: c.id,
          destinataire: c.destinataire,
          sujet: c.sujet,
          texte: c.texte,
          creeLe: c.creeLe.toISOString(),
          envoyeLe: c.envoyeLe?.toISOString() ?? null,
        })),
      };
    },
  );
  app.post(
    '/api/dev/comptes/expirer-liens',
    {
      schema: {
        tags: ['Développement'],
        summary: 'Faire expirer les liens d’un compte (hors production)',
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
