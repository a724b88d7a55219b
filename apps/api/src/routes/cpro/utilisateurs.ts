import {
  CHEMINS_CPRO,
  LIBELLE_SUCCES_TRANSVERSES,
  RattachementsMonCompteReponseSchema,
  RattachementsMonCompteRequeteSchema,
} from '@choral/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.ts';
import { appelant } from '../../mode-service/acces-api.ts';
import { paginer } from '../../mode-service/pagination.ts';
import { TAG_CPRO } from './tag.ts';

const jour = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** `utilisateurs/v1`: the compte technique's own rattachements (connectors' connection test). */
export const cproUtilisateursRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    CHEMINS_CPRO.rattachementsMonCompte,
    {
      schema: {
        tags: [TAG_CPRO],
        summary: 'Rattachements du compte technique (test de connexion)',
        body: RattachementsMonCompteRequeteSchema,
        response: { 200: RattachementsMonCompteReponseSchema },
      },
    },
    async (request) => {
      const rattachements = await ctx.db.rattachement.findMany({
        where: { utilisateurId: appelant(request).utilisateurId },
        include: { structure: true, services: { include: { service: true } } },
        orderBy: { structureId: 'asc' },
      });
      const { elements, parametresRetour } = paginer(rattachements, request.body.parametresRecherche);

      return {
        codeRetour: 0,
        libelle: LIBELLE_SUCCES_TRANSVERSES,
        listeStructureRattachement: elements.map((r) => ({
          idStructure: r.structureId,
          identifiantStructure: r.structure.identifiant,
          typeIdentifiantStructure: r.structure.typeIdentifiant,
          designationStructure: r.structure.raisonSociale,
          roleUtilisateur: r.role,
          statutRattachementStructure: 'ACTIF' as const,
          statutUtilisateur: 'ACTIF' as const,
          idRattachementStructure: r.id,
          listeServicesRattache: r.services.map(({ service: s }) => ({
            idService: s.id,
            codeService: s.code,
            libelleService: s.libelle,
            estActif: s.actif,
            statutService: s.actif ? ('ACTIF' as const) : ('INACTIF' as const),
            statutRattachementService: 'ACTIF' as const,
            idRattachementService: r.id,
            dateDbtService: jour(s.dateDebutValidite),
            dateFinService: jour(s.dateFinValidite),
          })),
        })),
        parametresRetour,
      };
    },
  );
};
