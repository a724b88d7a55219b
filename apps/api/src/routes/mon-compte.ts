import {
  AccuseReceptionSchema,
  ChangerMotDePasseBodySchema,
  IdParamsSchema,
  MesDemandesResponseSchema,
  MesInvitationsResponseSchema,
  ModifierMonCompteBodySchema,
  UtilisateurCourantSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { listerMesDemandes } from '../use-cases/approbations/lister-mes-demandes.ts';
import { changerMotDePasse } from '../use-cases/comptes/changer-mot-de-passe.ts';
import { lireUtilisateurCourant } from '../use-cases/comptes/lire-utilisateur-courant.ts';
import { modifierMonCompte } from '../use-cases/comptes/modifier-mon-compte.ts';
import { listerMesInvitations, repondreInvitation } from '../use-cases/comptes/repondre-invitation.ts';

const tags = ['Mon compte'];

export const monCompteRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.put(
    '/api/mon-compte',
    {
      schema: {
        tags,
        summary: 'Modifier mon identité et mes préférences',
        body: ModifierMonCompteBodySchema,
        response: { 200: UtilisateurCourantSchema },
      },
    },
    async (request) => {
      const utilisateurId = utilisateurConnecte(request);
      await modifierMonCompte(ctx, utilisateurId, request.body);

      return lireUtilisateurCourant(ctx, utilisateurId);
    },
  );
  app.post(
    '/api/mon-compte/mot-de-passe',
    {
      schema: {
        tags,
        summary: 'Changer mon mot de passe',
        body: ChangerMotDePasseBodySchema,
        response: { 200: AccuseReceptionSchema },
      },
    },
    async (request) => {
      const utilisateurId = utilisateurConnecte(request);
      await changerMotDePasse(ctx, {
        utilisateurId,
        sessionId: request.session?.id ?? '',
        ancien: request.body.ancienMotDePasse,
        nouveau: request.body.nouveauMotDePasse,
      });

      return { message: 'Votre mot de passe a été changé.' };
    },
  );
  app.get(
    '/api/mon-compte/demandes',
    {
      schema: {
        tags,
        summary: 'Historique de mes demandes de rattachement',
        response: { 200: MesDemandesResponseSchema },
      },
    },
    async (request) => ({ demandes: await listerMesDemandes(ctx, utilisateurConnecte(request)) }),
  );
  app.get(
    '/api/mon-compte/invitations',
    {
      schema: {
        tags,
        summary: 'Mes invitations à rejoindre une structure (en attente)',
        response: { 200: MesInvitationsResponseSchema },
      },
    },
    async (request) => ({ invitations: await listerMesInvitations(ctx, utilisateurConnecte(request)) }),
  );
  for (const [chemin, reponse, summary] of [
    ['acceptation', 'ACCEPTEE', 'Accepter une invitation : être rattaché(e) à la structure'],
    ['refus', 'DECLINEE', 'Décliner une invitation'],
  ] as const) {
    app.post(
      `/api/mon-compte/invitations/:id/${chemin}`,
      { schema: { tags, summary, params: IdParamsSchema, response: { 204: z.null() } } },
      async (request, reply) => {
        await repondreInvitation(ctx, utilisateurConnecte(request), request.params.id, reponse);

        return reply.status(204).send(null);
      },
    );
  }
};
