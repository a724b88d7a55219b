import {
  ConfirmationDepotSchema,
  CorrigerValideurBodySchema,
  CreerBrouillonBodySchema,
  DepotFichierChampsSchema,
  DocumentParamsSchema,
  DonneesFactureSchema,
  FactureParamsSchema,
  FactureSchema,
  MotifsRefusValidationSchema,
  PieceJointeChampsSchema,
  RecyclerFactureBodySchema,
  TelechargementQuerySchema,
} from '@choral/contracts';
import { MOTIFS_REFUS_VALIDATION } from '@choral/domain/cycle-de-vie';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import type { LecteurFactures } from '../documents/lecteur-factures.ts';
import { TAILLE_MAX_FACTURE, TAILLE_MAX_PIECE_JOINTE } from '../documents/limites-fichiers.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { ajouterPieceJointe } from '../use-cases/factures/ajouter-piece-jointe.ts';
import { consulterFacture } from '../use-cases/factures/consulter-facture.ts';
import { corrigerValideur } from '../use-cases/factures/corriger-valideur.ts';
import { creerBrouillon } from '../use-cases/factures/creer-brouillon.ts';
import { deposerFichier } from '../use-cases/factures/deposer-fichier.ts';
import { envoyerFacture } from '../use-cases/factures/envoyer-facture.ts';
import { modifierBrouillon } from '../use-cases/factures/modifier-brouillon.ts';
import { recyclerFacture } from '../use-cases/factures/recycler-facture.ts';
import { retirerPieceJointe } from '../use-cases/factures/retirer-piece-jointe.ts';
import { supprimerBrouillon } from '../use-cases/factures/supprimer-brouillon.ts';
import { telechargerDocument } from '../use-cases/factures/telecharger-document.ts';
import { dispositionContenu, lireFormulaire } from './fichiers-http.ts';

const tags = ['Factures émises'];

export const facturesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; lecteur: LecteurFactures }> = async (
  app,
  { ctx, lecteur },
) => {
  // Scoped to these routes (and the flux deposit's): uploads are accepted nowhere else.
  await app.register(multipart, { limits: { fileSize: TAILLE_MAX_FACTURE, files: 1, fields: 10 } });

  app.post(
    '/api/factures/brouillons/depot',
    {
      schema: {
        tags,
        summary: 'Déposer une facture (PDF, Factur-X, CII, UBL) : crée un brouillon pré-rempli',
        description:
          'multipart/form-data : champs `structureId`, `cadre` (A1 par défaut), puis le fichier `fichier` (120 Mo au plus).',
        response: { 201: FactureSchema },
      },
    },
    async (request, reply) => {
      const utilisateurId = utilisateurConnecte(request);
      const { champs, fichier } = await lireFormulaire(request, TAILLE_MAX_FACTURE, DepotFichierChampsSchema);
      const { structureId, cadre } = champs;

      return reply
        .status(201)
        .send(await deposerFichier(ctx, lecteur, utilisateurId, { structureId, cadre, fichier }));
    },
  );
  app.post(
    '/api/factures/brouillons',
    {
      schema: {
        tags,
        summary: 'Saisir une facture : crée un brouillon de saisie',
        body: CreerBrouillonBodySchema,
        response: { 201: FactureSchema },
      },
    },
    async (request, reply) => {
      const { structureId, ...donnees } = request.body;

      return reply
        .status(201)
        .send(await creerBrouillon(ctx, utilisateurConnecte(request), structureId, donnees));
    },
  );
  app.get(
    '/api/factures/brouillons/:id',
    {
      schema: {
        tags,
        summary: 'Reprendre un brouillon',
        params: FactureParamsSchema,
        response: { 200: FactureSchema },
      },
    },
    async (request) => consulterFacture(ctx, utilisateurConnecte(request), request.params.id),
  );
  app.put(
    '/api/factures/brouillons/:id',
    {
      schema: {
        tags,
        summary: 'Enregistrer un brouillon',
        params: FactureParamsSchema,
        body: DonneesFactureSchema,
        response: { 200: FactureSchema },
      },
    },
    async (request) => modifierBrouillon(ctx, utilisateurConnecte(request), request.params.id, request.body),
  );
  app.delete(
    '/api/factures/brouillons/:id',
    {
      schema: {
        tags,
        summary: 'Supprimer un brouillon',
        params: FactureParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await supprimerBrouillon(ctx, utilisateurConnecte(request), request.params.id);

      return reply.status(204).send(null);
    },
  );
  // The same upload for a draft and for a suspended invoice the supplier completes.
  for (const [url, summary] of [
    ['/api/factures/brouillons/:id/pieces-jointes', 'Ajouter une pièce jointe complémentaire'],
    [
      '/api/factures/:id/pieces-jointes',
      'Ajouter un justificatif à une facture suspendue (avant de la compléter)',
    ],
  ] as const) {
    app.post(
      url,
      {
        schema: {
          tags,
          summary,
          description:
            'multipart/form-data : champs `designation`, `type`, puis le fichier `fichier` (moins de 10 Mo, nom de 50 caractères au plus).',
          params: FactureParamsSchema,
          response: { 201: FactureSchema },
        },
      },
      async (request, reply) => {
        const utilisateurId = utilisateurConnecte(request);
        const { champs, fichier } = await lireFormulaire(
          request,
          TAILLE_MAX_PIECE_JOINTE,
          PieceJointeChampsSchema,
        );
        const { designation, type } = champs;

        return reply.status(201).send(
          await ajouterPieceJointe(ctx, utilisateurId, request.params.id, {
            designation,
            type,
            fichier,
          }),
        );
      },
    );
  }
  app.delete(
    '/api/factures/brouillons/:id/pieces-jointes/:docId',
    {
      schema: {
        tags,
        summary: 'Retirer une pièce jointe',
        params: DocumentParamsSchema,
        response: { 200: FactureSchema },
      },
    },
    async (request) =>
      retirerPieceJointe(ctx, utilisateurConnecte(request), {
        factureId: request.params.id,
        documentId: request.params.docId,
      }),
  );
  app.post(
    '/api/factures/brouillons/:id/envoi',
    {
      schema: {
        tags,
        summary: 'Valider et envoyer',
        params: FactureParamsSchema,
        response: { 200: ConfirmationDepotSchema },
      },
    },
    async (request) => envoyerFacture(ctx, utilisateurConnecte(request), request.params.id),
  );
  app.post(
    '/api/factures/:id/recyclage',
    {
      schema: {
        tags,
        summary: 'Recycler une facture à recycler : autre destinataire, service ou engagement, même numéro',
        params: FactureParamsSchema,
        body: RecyclerFactureBodySchema,
        response: { 200: FactureSchema },
      },
    },
    async (request) => recyclerFacture(ctx, utilisateurConnecte(request), request.params.id, request.body),
  );
  app.post(
    '/api/factures/:id/valideur',
    {
      schema: {
        tags,
        summary: 'Corriger le valideur d’une facture de sous-traitant ou de cotraitant signalée en erreur',
        description:
          'Depuis le statut ERREUR_FOURNISSEUR_SUR_VALIDEUR seulement (409 sinon) : le nouveau valideur est ' +
          'contrôlé comme au dépôt (422 localisée sur /valideur/identifiant), la facture repasse à valider.',
        params: FactureParamsSchema,
        body: CorrigerValideurBodySchema,
        response: { 200: FactureSchema },
      },
    },
    async (request) => corrigerValideur(ctx, utilisateurConnecte(request), request.params.id, request.body),
  );
  app.get(
    '/api/factures/motifs-refus-validation',
    {
      schema: {
        tags,
        summary: 'Motifs codés de refus d’une facture à valider (sous-traitant, cotraitant)',
        response: { 200: MotifsRefusValidationSchema },
      },
    },
    async (request) => {
      utilisateurConnecte(request);

      return { motifs: MOTIFS_REFUS_VALIDATION.map(({ code, libelle }) => ({ code, libelle })) };
    },
  );
  app.get(
    '/api/factures/:id',
    {
      schema: {
        tags,
        summary: 'Consulter une facture (émise, ou reçue dans mes services) et les actions permises',
        params: FactureParamsSchema,
        response: { 200: FactureSchema },
      },
    },
    async (request) => consulterFacture(ctx, utilisateurConnecte(request), request.params.id),
  );
  app.get(
    '/api/factures/:id/documents/:docId',
    {
      schema: {
        tags,
        summary: 'Télécharger un document de la facture',
        params: DocumentParamsSchema,
        querystring: TelechargementQuerySchema,
      },
    },
    async (request, reply) => {
      const document = await telechargerDocument(ctx, utilisateurConnecte(request), {
        factureId: request.params.id,
        documentId: request.params.docId,
      });
      // Only a PDF may be shown in the page; anything else is downloaded, never rendered.
      const disposition =
        request.query.disposition === 'inline' && document.typeMime === 'application/pdf'
          ? 'inline'
          : 'attachment';

      return reply
        .header('Content-Type', document.typeMime)
        .header('Content-Disposition', dispositionContenu(disposition, document.nom))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "sandbox; frame-ancestors 'self'")
        .header('Content-Length', document.taille)
        .send(document.flux);
    },
  );
};
