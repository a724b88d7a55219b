import {
  ApprobationSchema,
  ApprobationsQuerySchema,
  ApprobationsResponseSchema,
  DeciderBodySchema,
  DeciderResponseSchema,
  DemandeRattachementCreeeSchema,
  DemanderHabilitationBodySchema,
  DemanderRattachementBodySchema,
  IdParamsSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { deciderDemandes } from '../use-cases/approbations/decider-demandes.ts';
import {
  demanderHabilitation,
  demanderRattachement,
} from '../use-cases/approbations/demander-rattachement.ts';
import { consulterApprobation, listerApprobations } from '../use-cases/approbations/lister-approbations.ts';

const tags = ['Rattachements et approbations'];

export const approbationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/demandes-rattachement',
    {
      schema: {
        tags,
        summary: 'Demander un rattachement',
        body: DemanderRattachementBodySchema,
        response: { 201: DemandeRattachementCreeeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await demanderRattachement(ctx, utilisateurConnecte(request), request.body)),
  );
  app.post(
    '/api/demandes-habilitation',
    {
      schema: {
        tags,
        summary: 'Demander des habilitations (espaces) sur une de mes structures',
        body: DemanderHabilitationBodySchema,
        response: { 201: DemandeRattachementCreeeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await demanderHabilitation(ctx, utilisateurConnecte(request), request.body)),
  );
  app.get(
    '/api/approbations',
    {
      schema: {
        tags,
        summary: 'Demandes à approuver',
        querystring: ApprobationsQuerySchema,
        response: { 200: ApprobationsResponseSchema },
      },
    },
    async (request) => listerApprobations(ctx, utilisateurConnecte(request), request.query.etat),
  );
  app.get(
    '/api/approbations/:id',
    {
      schema: {
        tags,
        summary: 'Consulter une demande',
        params: IdParamsSchema,
        response: { 200: ApprobationSchema },
      },
    },
    async (request) => consulterApprobation(ctx.db, utilisateurConnecte(request), request.params.id),
  );
  app.post(
    '/api/approbations/decision',
    {
      schema: {
        tags,
        summary: 'Approuver ou refuser une ou plusieurs demandes',
        body: DeciderBodySchema,
        response: { 200: DeciderResponseSchema },
      },
    },
    async (request) => ({ traitees: await deciderDemandes(ctx, utilisateurConnecte(request), request.body) }),
  );
};
