import {
  AjouterFichierReponseSchema,
  AjouterFichierRequeteSchema,
  CHEMINS_CPRO,
  ConsulterCRDetailleReponseSchema,
  ConsulterCRDetailleRequeteSchema,
  ConsulterCRReponseSchema,
  ConsulterCRRequeteSchema,
  type ErreurTechnique,
  LIBELLE_SUCCES_FACTURES,
  LIBELLE_SUCCES_TRANSVERSES,
  RechercherDestinataireReponseSchema,
  RechercherDestinataireRequeteSchema,
  ReferentielReponseSchema,
  ReferentielRequeteSchema,
  StructuresActivesReponseSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { compteRenduFluxPdf } from '../../documents/compte-rendu-flux.ts';
import { appelant, exigerEspace } from '../../mode-service/acces-api.ts';
import { ajouterFichierApi } from '../../mode-service/fichiers-api.ts';
import { paginer } from '../../mode-service/pagination.ts';
import { REFERENTIELS } from '../../mode-service/referentiels.ts';
import { codeInterfaceFlux, erreursDpPubliques } from '../../presenters/flux.ts';
import { trouverFlux } from '../../use-cases/flux/trouver-flux.ts';
import { TAG_CPRO } from './tag.ts';

/** Base64 inflates by 4/3: a 10 MB attachment plus its JSON envelope. */
const LIMITE_CORPS_FICHIER = 15 * 1024 * 1024;

/** `YYYY-MM-DD HH:mm`, as the history's dates. */
const dateHeure = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

/** `transverses/v1`: structures the account acts for, the annuaire, attachments, flux reports. */
export const cproTransversesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    CHEMINS_CPRO.consulterCR,
    {
      schema: {
        tags: [TAG_CPRO],
        summary: 'Compte rendu d’un flux : état et fichierCR (PDF en base64)',
        body: ConsulterCRRequeteSchema,
        response: { 200: ConsulterCRReponseSchema },
      },
    },
    async (request) => {
      const a = appelant(request);
      exigerEspace(a, 'FACTURES_EMISES');
      const flux = await trouverFlux(ctx.db, a.utilisateurId, { numero: request.body.numeroFluxDepot });

      return {
        codeRetour: 0,
        libelle: LIBELLE_SUCCES_TRANSVERSES,
        numeroFluxDepot: flux.numero,
        etatCourantFlux: flux.etat,
        dateDepotFlux: flux.dateDepot.toISOString().slice(0, 10),
        dateHeureEtatCourantFlux: dateHeure(flux.dateEtat),
        codeInterfaceFlux: codeInterfaceFlux(flux.syntaxe),
        nomFichierFlux: flux.nomFichier,
        fichierCR: Buffer.from(await compteRenduFluxPdf(flux)).toString('base64'),
      };
    },
  );

  app.post(
    CHEMINS_CPRO.consulterCRDetaille,
    {
      schema: {
        tags: [TAG_CPRO],
        summary: 'Compte rendu détaillé d’un flux : état, listeErreurDP, listeErreurTechnique',
        body: ConsulterCRDetailleRequeteSchema,
        response: { 200: ConsulterCRDetailleReponseSchema },
      },
    },
    async (request) => {
      const a = appelant(request);
      exigerEspace(a, 'FACTURES_EMISES');
      const flux = await trouverFlux(ctx.db, a.utilisateurId, { numero: request.body.numeroFluxDepot });
      const codeInterface = codeInterfaceFlux(flux.syntaxe);

      return {
        codeRetour: 0,
        libelle: LIBELLE_SUCCES_TRANSVERSES,
        numeroFluxDepot: flux.numero,
        etatCourantDepotFlux: flux.etat,
        codeInterfaceDepotFlux: codeInterface,
        dateDepotFlux: flux.dateDepot.toISOString().slice(0, 10),
        dateHeureEtatCourantFlux: dateHeure(flux.dateEtat),
        nomFichier: `${codeInterface}_CPP001_${flux.numero}`,
        listeErreurDP: erreursDpPubliques(flux),
        listeErreurTechnique: flux.erreursTechniques as ErreurTechnique[],
      };
    },
  );

  for (const [chemin, type, summary] of [
    [
      CHEMINS_CPRO.structuresActivesFournisseur,
      'PRIVEE',
      'Structures pour lesquelles le compte émet (idFournisseur)',
    ],
    [CHEMINS_CPRO.structuresActivesDestinataire, 'PUBLIQUE', 'Structures pour lesquelles le compte reçoit'],
  ] as const) {
    app.post(
      chemin,
      {
        schema: {
          tags: [TAG_CPRO],
          summary,
          body: z.object({}),
          response: { 200: StructuresActivesReponseSchema },
        },
      },
      async (request) => {
        const rattachements = await ctx.db.rattachement.findMany({
          where: {
            utilisateurId: appelant(request).utilisateurId,
            structure: { active: true, ...(type === 'PUBLIQUE' ? { type } : {}) },
          },
          include: { structure: true },
          orderBy: { structureId: 'asc' },
        });

        return {
          codeRetour: 0,
          libelle: LIBELLE_SUCCES_TRANSVERSES,
          listeStructures: rattachements.map(({ structure: s }) => ({
            idStructureCPP: s.id,
            identifiant: s.identifiant,
            designationStructure: s.raisonSociale,
          })),
        };
      },
    );
  }

  app.post(
    CHEMINS_CPRO.ajouterFichier,
    {
      bodyLimit: LIMITE_CORPS_FICHIER,
      schema: {
        tags: [TAG_CPRO],
        summary: 'Ajouter un fichier (base64, moins de 10 Mo ; 20003 au-delà) réutilisable dans soumettre',
        body: AjouterFichierRequeteSchema,
        response: { 200: AjouterFichierReponseSchema },
      },
    },
    async (request) => ({
      codeRetour: 0,
      libelle: LIBELLE_SUCCES_FACTURES,
      pieceJointeId: await ajouterFichierApi(ctx, appelant(request), {
        nom: request.body.pieceJointeNom,
        base64: request.body.pieceJointeFichier,
      }),
    }),
  );

  app.post(
    CHEMINS_CPRO.rechercherDestinataire,
    {
      schema: {
        tags: [TAG_CPRO],
        summary: 'Rechercher un destinataire public dans l’annuaire',
        body: RechercherDestinataireRequeteSchema,
        response: { 200: RechercherDestinataireReponseSchema },
      },
    },
    async (request) => {
      const { identifiant, nomVilleCodePostal, parametresRecherche } = request.body;
      const texte = nomVilleCodePostal?.trim();
      const structures = await ctx.db.structure.findMany({
        where: {
          type: 'PUBLIQUE',
          active: true,
          ...(identifiant ? { identifiant: identifiant.replace(/\s/g, '') } : {}),
          ...(texte
            ? {
                OR: [
                  { raisonSociale: { contains: texte, mode: 'insensitive' } },
                  { ville: { contains: texte, mode: 'insensitive' } },
                  { codePostal: { startsWith: texte } },
                ],
              }
            : {}),
        },
        orderBy: { raisonSociale: 'asc' },
        take: 1000,
      });
      const { elements, parametresRetour } = paginer(structures, parametresRecherche);

      return {
        codeRetour: 0,
        libelle: LIBELLE_SUCCES_FACTURES,
        listeDestinataires: elements.map((s) => ({
          idStructureCPP: s.id,
          siret: s.identifiant,
          nomDestinataire: s.raisonSociale,
          adresseCodePostal: s.codePostal,
          adresseVille: s.ville,
        })),
        parametresRetour,
      };
    },
  );
};

/** `transverses/v1/recuperer/...` referentials. */
export const cproReferentielsRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const [chemin, liste, lignes] of REFERENTIELS) {
    app.post(
      chemin,
      {
        schema: {
          tags: [TAG_CPRO],
          summary: `Référentiel : ${liste}`,
          body: ReferentielRequeteSchema,
          response: { 200: ReferentielReponseSchema },
        },
      },
      async (request) => ({
        codeRetour: 0,
        libelle: LIBELLE_SUCCES_TRANSVERSES,
        [liste]: lignes(request.body),
      }),
    );
  }
};
