import {
  CompteTechniqueCreeSchema,
  CompteTechniqueParamsSchema,
  CompteTechniqueSchema,
  CreerCompteTechniqueBodySchema,
  DesactivationCompteBodySchema,
  IdentifiantsApplicationSchema,
  IdParamsSchema,
  RaccordementApiSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import {
  changerActivationCompteTechnique,
  creerCompteTechnique,
  genererApplication,
  lireRaccordement,
  renouvelerMotDePasseCompteTechnique,
} from '../use-cases/raccordements/raccordement-api.ts';

const tags = ['Raccordements API'];

/** « Raccordements API » of a structure: its gestionnaire principal manages the API access. */
export const raccordementsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/structures/:id/raccordement-api',
    {
      schema: {
        tags,
        summary: 'Application API et comptes techniques de la structure',
        params: IdParamsSchema,
        response: { 200: RaccordementApiSchema },
      },
    },
    async (request) => lireRaccordement(ctx, utilisateurConnecte(request), request.params.id),
  );
  app.post(
    '/api/structures/:id/raccordement-api/application',
    {
      schema: {
        tags,
        summary: 'Créer l’application API, ou régénérer son secret (révoque les jetons en cours)',
        params: IdParamsSchema,
        response: { 200: IdentifiantsApplicationSchema },
      },
    },
    async (request) => genererApplication(ctx, utilisateurConnecte(request), request.params.id),
  );
  app.post(
    '/api/structures/:id/raccordement-api/comptes',
    {
      schema: {
        tags,
        summary: 'Créer un compte technique (mot de passe affiché une seule fois)',
        params: IdParamsSchema,
        body: CreerCompteTechniqueBodySchema,
        response: { 201: CompteTechniqueCreeSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await creerCompteTechnique(ctx, utilisateurConnecte(request), request.params.id, request.body)),
  );
  app.put(
    '/api/structures/:id/raccordement-api/comptes/:compteId/desactivation',
    {
      schema: {
        tags,
        summary: 'Désactiver ou réactiver un compte technique',
        params: CompteTechniqueParamsSchema,
        body: DesactivationCompteBodySchema,
        response: { 200: CompteTechniqueSchema },
      },
    },
    async (request) =>
      changerActivationCompteTechnique(
        ctx,
        utilisateurConnecte(request),
        { structureId: request.params.id, compteId: request.params.compteId },
        request.body.desactive,
      ),
  );
  app.post(
    '/api/structures/:id/raccordement-api/comptes/:compteId/mot-de-passe',
    {
      schema: {
        tags,
        summary: 'Renouveler le mot de passe d’un compte technique (valable 424 jours)',
        params: CompteTechniqueParamsSchema,
        response: { 200: CompteTechniqueCreeSchema },
      },
    },
    async (request) =>
      renouvelerMotDePasseCompteTechnique(ctx, utilisateurConnecte(request), {
        structureId: request.params.id,
        compteId: request.params.compteId,
      }),
  );
};
