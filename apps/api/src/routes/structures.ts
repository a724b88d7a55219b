import {
  AccuseReceptionSchema,
  ActivationBodySchema,
  AnnuaireQuerySchema,
  AnnuaireResponseSchema,
  CreerStructureBodySchema,
  IdParamsSchema,
  MembreParamsSchema,
  MembresResponseSchema,
  ModifierMembreBodySchema,
  ModifierStructureBodySchema,
  ParametresStructureSchema,
  RattacherUtilisateurBodySchema,
  RechercheStructuresQuerySchema,
  RechercheStructuresResponseSchema,
  ServiceBodySchema,
  ServiceParamsSchema,
  ServiceSchema,
  StructureSchema,
  TransfererPrincipalBodySchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { consulterStructure } from '../use-cases/structures/consulter-structure.ts';
import { creerStructure } from '../use-cases/structures/creer-structure.ts';
import {
  detacherUtilisateur,
  listerMembres,
  modifierMembre,
  transfererPrincipal,
} from '../use-cases/structures/gerer-membres.ts';
import { creerService, modifierService } from '../use-cases/structures/gerer-services.ts';
import { inviterUtilisateur } from '../use-cases/structures/inviter-utilisateur.ts';
import {
  activerStructure,
  modifierParametres,
  modifierStructure,
} from '../use-cases/structures/modifier-structure.ts';
import { consulterAnnuaire, rechercherStructures } from '../use-cases/structures/rechercher-structures.ts';

const tags = ['Structures'];

export const structuresRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/structures',
    {
      schema: {
        tags,
        summary: 'Créer une structure privée',
        body: CreerStructureBodySchema,
        response: { 201: StructureSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await creerStructure(ctx, utilisateurConnecte(request), request.body)),
  );
  app.get(
    '/api/structures/recherche',
    {
      schema: {
        tags,
        summary: 'Rechercher une structure pour s’y rattacher',
        querystring: RechercheStructuresQuerySchema,
        response: { 200: RechercheStructuresResponseSchema },
      },
    },
    async (request) => {
      utilisateurConnecte(request);

      return { structures: await rechercherStructures(ctx, request.query.q) };
    },
  );
  app.get(
    '/api/annuaire',
    {
      schema: {
        tags: ['Annuaire'],
        summary: 'Annuaire des structures publiques',
        querystring: AnnuaireQuerySchema,
        response: { 200: AnnuaireResponseSchema },
      },
    },
    async (request) => {
      utilisateurConnecte(request);

      return { structures: await consulterAnnuaire(ctx, request.query.q) };
    },
  );
  app.get(
    '/api/structures/:id',
    {
      schema: {
        tags,
        summary: 'Consulter une de mes structures',
        params: IdParamsSchema,
        response: { 200: StructureSchema },
      },
    },
    async (request) => consulterStructure(ctx, utilisateurConnecte(request), request.params.id),
  );
  app.put(
    '/api/structures/:id',
    {
      schema: {
        tags,
        summary: 'Modifier ma structure',
        params: IdParamsSchema,
        body: ModifierStructureBodySchema,
        response: { 200: StructureSchema },
      },
    },
    async (request) => modifierStructure(ctx, utilisateurConnecte(request), request.params.id, request.body),
  );
  app.put(
    '/api/structures/:id/activation',
    {
      schema: {
        tags,
        summary: 'Activer ou inactiver ma structure',
        params: IdParamsSchema,
        body: ActivationBodySchema,
        response: { 200: StructureSchema },
      },
    },
    async (request) =>
      activerStructure(ctx, utilisateurConnecte(request), request.params.id, request.body.active),
  );
  app.put(
    '/api/structures/:id/parametres',
    {
      schema: {
        tags,
        summary: 'Paramètres de réception (structure publique)',
        params: IdParamsSchema,
        body: ParametresStructureSchema,
        response: { 200: StructureSchema },
      },
    },
    async (request) => modifierParametres(ctx, utilisateurConnecte(request), request.params.id, request.body),
  );
  app.post(
    '/api/structures/:id/services',
    {
      schema: {
        tags,
        summary: 'Créer un service',
        params: IdParamsSchema,
        body: ServiceBodySchema,
        response: { 201: ServiceSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await creerService(ctx, utilisateurConnecte(request), request.params.id, request.body)),
  );
  app.put(
    '/api/structures/:id/services/:serviceId',
    {
      schema: {
        tags,
        summary: 'Modifier un service',
        params: ServiceParamsSchema,
        body: ServiceBodySchema,
        response: { 200: ServiceSchema },
      },
    },
    async (request) =>
      modifierService(
        ctx,
        utilisateurConnecte(request),
        { structureId: request.params.id, serviceId: request.params.serviceId },
        request.body,
      ),
  );
  app.get(
    '/api/structures/:id/utilisateurs',
    {
      schema: {
        tags,
        summary: 'Utilisateurs de ma structure',
        params: IdParamsSchema,
        response: { 200: MembresResponseSchema },
      },
    },
    async (request) => ({
      membres: await listerMembres(ctx, utilisateurConnecte(request), request.params.id),
    }),
  );
  app.post(
    '/api/structures/:id/utilisateurs',
    {
      schema: {
        tags,
        summary: 'Rattacher un utilisateur : l’inviter (il accepte ou décline depuis le portail)',
        params: IdParamsSchema,
        body: RattacherUtilisateurBodySchema,
        response: { 202: AccuseReceptionSchema },
      },
    },
    async (request, reply) => {
      await inviterUtilisateur(ctx, utilisateurConnecte(request), request.params.id, request.body);

      // The same answer whether or not the address has an account.
      return reply.status(202).send({
        message: `Une invitation a été envoyée à ${request.body.email}. La personne sera rattachée quand elle l’aura acceptée.`,
      });
    },
  );
  app.put(
    '/api/structures/:id/utilisateurs/:utilisateurId',
    {
      schema: {
        tags,
        summary: 'Modifier le rôle et les services d’un utilisateur',
        params: MembreParamsSchema,
        body: ModifierMembreBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id, utilisateurId } = request.params;
      await modifierMembre(
        ctx,
        utilisateurConnecte(request),
        { structureId: id, membreId: utilisateurId },
        request.body,
      );

      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/api/structures/:id/utilisateurs/:utilisateurId',
    {
      schema: {
        tags,
        summary: 'Détacher un utilisateur',
        params: MembreParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id, utilisateurId } = request.params;
      await detacherUtilisateur(ctx, utilisateurConnecte(request), {
        structureId: id,
        membreId: utilisateurId,
      });

      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/structures/:id/transfert-principal',
    {
      schema: {
        tags,
        summary: 'Transférer le rôle de gestionnaire principal',
        params: IdParamsSchema,
        body: TransfererPrincipalBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await transfererPrincipal(
        ctx,
        utilisateurConnecte(request),
        request.params.id,
        request.body.utilisateurId,
      );

      return reply.status(204).send(null);
    },
  );
};
