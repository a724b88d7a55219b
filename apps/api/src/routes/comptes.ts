import {
  AccuseReceptionSchema,
  CreerCompteBodySchema,
  DefinirMotDePasseBodySchema,
  DemandeLienBodySchema,
} from '@choral/contracts';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { creerCompte } from '../use-cases/comptes/creer-compte.ts';
import { definirMotDePasse } from '../use-cases/comptes/definir-mot-de-passe.ts';
import { demanderReinitialisation } from '../use-cases/comptes/demander-reinitialisation.ts';
import { renvoyerActivation } from '../use-cases/comptes/renvoyer-activation.ts';

const tags = ['Comptes'];
/** Each of these routes sends an e-mail: limited per client IP so the portal cannot be used to flood a mailbox. */
const LIMITE_ENVOIS = { rateLimit: { max: 20, timeWindow: 10 * 60 * 1000 } };
const SAME_ANSWER = {
  message:
    'Si cette adresse peut recevoir un lien, un courriel vient de lui être envoyé. Il est valable 60 minutes.',
};

/** Account creation and single-use links. Answers never reveal whether an address has an account. */
export const comptesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(rateLimit, { global: false });
  app.post(
    '/api/comptes',
    {
      config: LIMITE_ENVOIS,
      schema: {
        tags,
        summary: 'Créer un compte',
        body: CreerCompteBodySchema,
        response: { 202: AccuseReceptionSchema },
      },
    },
    async (request, reply) => {
      await creerCompte(ctx, request.body);

      return reply.status(202).send({
        message:
          'Demande enregistrée. Un courriel d’activation a été envoyé à votre adresse ; le lien est valable 60 minutes.',
      });
    },
  );
  app.post(
    '/api/comptes/activation',
    {
      schema: {
        tags,
        summary: 'Activer un compte et choisir son mot de passe',
        body: DefinirMotDePasseBodySchema,
        response: { 200: AccuseReceptionSchema },
      },
    },
    async (request) => {
      await definirMotDePasse(ctx, { ...request.body, objet: 'ACTIVATION' });

      return { message: 'Votre compte est activé. Vous pouvez vous connecter.' };
    },
  );
  app.post(
    '/api/comptes/activation/renvoi',
    {
      config: LIMITE_ENVOIS,
      schema: {
        tags,
        summary: 'Recevoir un nouveau lien d’activation',
        body: DemandeLienBodySchema,
        response: { 202: AccuseReceptionSchema },
      },
    },
    async (request, reply) => {
      await renvoyerActivation(ctx, request.body.email);

      return reply.status(202).send(SAME_ANSWER);
    },
  );
  app.post(
    '/api/comptes/mot-de-passe-oublie',
    {
      config: LIMITE_ENVOIS,
      schema: {
        tags,
        summary: 'Mot de passe oublié',
        body: DemandeLienBodySchema,
        response: { 202: AccuseReceptionSchema },
      },
    },
    async (request, reply) => {
      await demanderReinitialisation(ctx, request.body.email);

      return reply.status(202).send(SAME_ANSWER);
    },
  );
  app.post(
    '/api/comptes/reinitialisation',
    {
      schema: {
        tags,
        summary: 'Choisir un nouveau mot de passe',
        body: DefinirMotDePasseBodySchema,
        response: { 200: AccuseReceptionSchema },
      },
    },
    async (request) => {
      await definirMotDePasse(ctx, { ...request.body, objet: 'REINITIALISATION' });

      return { message: 'Votre mot de passe a été changé. Vous pouvez vous connecter.' };
    },
  );
};
