import { BoiteMailQuerySchema, BoiteMailResponseSchema } from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';

/**
 * The development mailbox: the outbox, readable without a mail server so that a new user can
 * follow an activation link. It shows every message, links included, to anyone: registered only
 * when the development tools are on (`config.outilsDev`).
 */
export const devMailboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/dev/boite-mail',
    {
      schema: {
        tags: ['Développement'],
        summary: 'Boîte d’envoi (outils de développement)',
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
};
