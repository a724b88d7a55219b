import {
  FactureParamsSchema,
  FactureSchema,
  TraiterFactureBodySchema,
  TraiterFacturesBodySchema,
  TraiterFacturesResponseSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { traiterFacture, traiterFactures } from '../use-cases/factures/traiter-facture.ts';

const tags = ['Traitement des factures'];

export const facturesTraitementRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/factures/:id/actions',
    {
      schema: {
        tags,
        summary: 'Traiter une facture : une action permise depuis son statut, pour mon côté',
        description:
          'Destinataire : PRENDRE_EN_COMPTE, SUSPENDRE (motif), REJETER (motif), DEMANDER_RECYCLAGE, ' +
          'ATTESTER_SERVICE_FAIT, MANDATER (numeroMandat), METTRE_A_DISPOSITION_COMPTABLE, COMPTABILISER, ' +
          'METTRE_EN_PAIEMENT. Fournisseur : COMPLETER (commentaire ou pièce jointe ajoutée), ACQUITTER_REJET, ' +
          'ABANDONNER. Une action impossible depuis le statut courant : 409 TRANSITION_INTERDITE.',
        params: FactureParamsSchema,
        body: TraiterFactureBodySchema,
        response: { 200: FactureSchema },
      },
    },
    async (request) => traiterFacture(ctx, utilisateurConnecte(request), request.params.id, request.body),
  );
  app.post(
    '/api/factures/actions',
    {
      schema: {
        tags,
        summary: 'Traiter plusieurs factures à la fois (un résultat par facture)',
        description:
          'Chaque facture est traitée dans sa propre transaction : une facture refusée (statut, droits) ' +
          'n’empêche pas les autres. Réponse 200 avec un résultat par identifiant, dans l’ordre envoyé.',
        body: TraiterFacturesBodySchema,
        response: { 200: TraiterFacturesResponseSchema },
      },
    },
    async (request) => traiterFactures(ctx, utilisateurConnecte(request), request.body),
  );
};
