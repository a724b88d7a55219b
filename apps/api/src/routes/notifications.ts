import {
  MarquerLuesBodySchema,
  NotificationsQuerySchema,
  NotificationsResponseSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { listerNotifications } from '../use-cases/notifications/lister-notifications.ts';
import { marquerNotificationsLues } from '../use-cases/notifications/marquer-notifications-lues.ts';

const tags = ['Notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Mes notifications (les plus récentes d’abord) et le nombre de non lues',
        querystring: NotificationsQuerySchema,
        response: { 200: NotificationsResponseSchema },
      },
    },
    async (request) => listerNotifications(ctx, utilisateurConnecte(request), request.query),
  );
  app.post(
    '/api/notifications/lues',
    {
      schema: {
        tags,
        summary: 'Marquer des notifications comme lues (toutes sans `ids`)',
        body: MarquerLuesBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await marquerNotificationsLues(ctx, utilisateurConnecte(request), request.body.ids);

      return reply.status(204).send(null);
    },
  );
};
