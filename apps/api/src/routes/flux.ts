import {
  DepotFluxChampsSchema,
  FluxDeposeSchema,
  FluxDetailSchema,
  FluxParamsSchema,
  RechercheFluxQuerySchema,
  RechercheFluxResponseSchema,
} from '@choral/contracts';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { compteRenduFluxPdf } from '../documents/compte-rendu-flux.ts';
import { TAILLE_MAX_FACTURE } from '../documents/limites-fichiers.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { presenterFluxDetaille } from '../presenters/flux.ts';
import { deposerFlux } from '../use-cases/flux/deposer-flux.ts';
import { rechercherFlux } from '../use-cases/flux/rechercher-flux.ts';
import { trouverFlux } from '../use-cases/flux/trouver-flux.ts';
import { dispositionContenu, lireFormulaire } from './fichiers-http.ts';

const tags = ['Suivi des flux'];

/** « Suivi des flux » (Factures émises) and the portal's « Déposer un flux ». */
export const fluxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Scoped to these routes, as for the invoice deposit.
  await app.register(multipart, { limits: { fileSize: TAILLE_MAX_FACTURE, files: 1, fields: 10 } });

  app.get(
    '/api/flux',
    {
      schema: {
        tags,
        summary: 'Les flux d’une de mes structures (portail et API), du plus récent au plus ancien',
        description:
          '`etat` : un état du flux ; `depuis`, `jusqua` : jours de dépôt (heure de Paris, bornes incluses). ' +
          '50 par page (`limite` jusqu’à 200) ; `suivant` est le curseur de la page d’après.',
        querystring: RechercheFluxQuerySchema,
        response: { 200: RechercheFluxResponseSchema },
      },
    },
    async (request) => rechercherFlux(ctx.db, utilisateurConnecte(request), request.query),
  );

  app.post(
    '/api/flux',
    {
      schema: {
        tags,
        summary:
          'Déposer un flux : une facture (UBL, CII, Factur-X) ou un lot .zip / .tar.gz, intégré ensuite',
        description:
          'multipart/form-data : champs `structureId`, `syntaxe` (IN_DP_E1_CII_16B…), puis le fichier `fichier` ' +
          '(120 Mo au plus). Répond le numéro du flux ; son état se suit dans `GET /api/flux/:id`.',
        response: { 201: FluxDeposeSchema },
      },
    },
    async (request, reply) => {
      const utilisateurId = utilisateurConnecte(request);
      const { champs, fichier } = await lireFormulaire(request, TAILLE_MAX_FACTURE, DepotFluxChampsSchema);
      const recu = await deposerFlux(ctx, utilisateurId, {
        structureId: champs.structureId,
        syntaxe: champs.syntaxe,
        avecSignature: false,
        fichier,
        canal: 'PORTAIL',
      });

      return reply.status(201).send({ ...recu, dateDepot: recu.dateDepot.toISOString() });
    },
  );

  app.get(
    '/api/flux/:id',
    {
      schema: {
        tags,
        summary: 'Consulter un flux : état, erreurs des factures rejetées, factures intégrées',
        params: FluxParamsSchema,
        response: { 200: FluxDetailSchema },
      },
    },
    async (request) =>
      presenterFluxDetaille(
        await trouverFlux(ctx.db, utilisateurConnecte(request), { id: request.params.id }),
      ),
  );

  app.get(
    '/api/flux/:id/compte-rendu',
    {
      schema: {
        tags,
        summary: 'Télécharger le compte rendu du flux (PDF)',
        params: FluxParamsSchema,
      },
    },
    async (request, reply) => {
      const flux = await trouverFlux(ctx.db, utilisateurConnecte(request), { id: request.params.id });

      return reply
        .header('Content-Type', 'application/pdf')
        .header('Content-Disposition', dispositionContenu('attachment', `compte-rendu-${flux.numero}.pdf`))
        .header('Cache-Control', 'no-store')
        .send(Buffer.from(await compteRenduFluxPdf(flux)));
    },
  );
};
