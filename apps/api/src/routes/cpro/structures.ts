import {
  CHEMINS_CPRO,
  ConsulterServiceReponseSchema,
  ConsulterServiceRequeteSchema,
  ConsulterStructureReponseSchema,
  ConsulterStructureRequeteSchema,
  LIBELLE_SUCCES_TRANSVERSES,
  RechercherServicesReponseSchema,
  RechercherServicesRequeteSchema,
  RechercherStructuresReponseSchema,
  RechercherStructuresRequeteSchema,
} from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { introuvable } from '@choral/domain/erreurs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.ts';
import { type AppelantApi, appelant } from '../../mode-service/acces-api.ts';
import { pageDemandee, paginer, parametresRetour } from '../../mode-service/pagination.ts';
import { jourIso } from '../../mode-service/presenter-cpro.ts';
import { schemaCpro } from './tag.ts';

const SUCCES = { codeRetour: 0, libelle: LIBELLE_SUCCES_TRANSVERSES };
const statut = (active: boolean) => (active ? ('ACTIF' as const) : ('INACTIF' as const));

/** What the annuaire shows any account: public structures, and its own structures. */
function visibles(a: AppelantApi): Prisma.StructureWhereInput {
  return { OR: [{ type: 'PUBLIQUE' }, { rattachements: { some: { utilisateurId: a.utilisateurId } } }] };
}

async function structureVisible(ctx: AppContext, a: AppelantApi, id: number) {
  const structure = await ctx.db.structure.findFirst({ where: { AND: [{ id }, visibles(a)] } });
  if (!structure) throw introuvable('Structure introuvable.');

  return structure;
}

/** `structures/v1`: the directory of structures and their services. */
export const cproStructuresRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    CHEMINS_CPRO.rechercherStructures,
    {
      schema: schemaCpro(
        'Rechercher des structures',
        RechercherStructuresRequeteSchema,
        RechercherStructuresReponseSchema,
      ),
    },
    async (request) => {
      const { structure: s, parametres } = request.body;
      const texte = s.raisonSocialeStructure ?? s.libelleStructure;
      const where: Prisma.StructureWhereInput = {
        AND: [
          visibles(appelant(request)),
          s.identifiantStructure ? { identifiant: s.identifiantStructure.replace(/\s/g, '') } : {},
          texte ? { raisonSociale: { contains: texte, mode: 'insensitive' } } : {},
          s.adresseCodePostal ? { codePostal: s.adresseCodePostal } : {},
          s.adresseVille ? { ville: { contains: s.adresseVille, mode: 'insensitive' } } : {},
          s.typeStructure ? { type: s.typeStructure } : {},
          s.statutStructure ? { active: s.statutStructure === 'ACTIF' } : {},
        ],
      };
      const page = pageDemandee(parametres);
      const [total, structures] = await Promise.all([
        ctx.db.structure.count({ where }),
        ctx.db.structure.findMany({ where, orderBy: { id: 'asc' }, skip: page.skip, take: page.taille }),
      ]);

      return {
        ...SUCCES,
        total,
        listeStructures: structures.map((x) => ({
          idStructureCPP: x.id,
          identifiantStructure: x.identifiant,
          designationStructure: x.raisonSociale,
          typeIdentifiantStructure: x.typeIdentifiant,
          statut: statut(x.active),
        })),
        parametresRetour: parametresRetour(total, page),
      };
    },
  );

  app.post(
    CHEMINS_CPRO.consulterStructure,
    {
      schema: schemaCpro(
        'Consulter une structure et ses paramètres',
        ConsulterStructureRequeteSchema,
        ConsulterStructureReponseSchema,
      ),
    },
    async (request) => {
      const s = await structureVisible(ctx, appelant(request), request.body.idStructureCPP);

      return {
        ...SUCCES,
        idStructureCPP: s.id,
        informationGenerales: {
          identifiantStructure: s.identifiant,
          typeIdentifiantStructure: s.typeIdentifiant,
          raisonSociale: s.raisonSociale,
          numeroTva: s.numeroTva,
          typeStructure: s.type,
          statutStructure: statut(s.active),
        },
        adressePostaleDuSiege: {
          ligneAdresse1: s.adresse,
          codePostal: s.codePostal,
          ville: s.ville,
          pays: s.pays,
        },
        parametres: {
          codeServiceDoitEtreRenseigne: s.codeServiceDoitEtreRenseigne,
          numeroEJDoitEtreRenseigne: s.numeroEJDoitEtreRenseigne,
          gestionNumeroEJOuCodeService: s.gestionNumeroEJOuCodeService,
          statutMiseEnPaiementNestPasRemonte: s.statutMiseEnPaiementNestPasRemonte,
        },
      };
    },
  );

  app.post(
    CHEMINS_CPRO.rechercherServices,
    {
      schema: schemaCpro(
        'Services d’une structure',
        RechercherServicesRequeteSchema,
        RechercherServicesReponseSchema,
      ),
    },
    async (request) => {
      const s = await structureVisible(ctx, appelant(request), request.body.idStructure);
      const services = await ctx.db.service.findMany({
        where: { structureId: s.id },
        orderBy: { code: 'asc' },
      });
      const { elements, parametresRetour: retour } = paginer(
        services,
        request.body.parametresRechercherServicesStructure,
      );

      return {
        ...SUCCES,
        listeServices: elements.map((x) => ({
          idService: x.id,
          codeService: x.code,
          libelleService: x.libelle,
          estActif: x.actif,
          dateDbtService: jourIso(x.dateDebutValidite),
          dateFinService: jourIso(x.dateFinValidite),
        })),
        parametresRetour: retour,
      };
    },
  );

  app.post(
    CHEMINS_CPRO.consulterService,
    {
      schema: schemaCpro(
        'Consulter un service',
        ConsulterServiceRequeteSchema,
        ConsulterServiceReponseSchema,
      ),
    },
    async (request) => {
      const s = await structureVisible(ctx, appelant(request), request.body.idStructure);
      const service = await ctx.db.service.findFirst({
        where: { id: request.body.idService, structureId: s.id },
      });
      if (!service) throw introuvable('Service introuvable.');

      return {
        ...SUCCES,
        informationsGenerales: {
          codeService: service.code,
          nomService: service.libelle,
          descriptionService: service.description,
        },
        parametres: {
          numeroEngagement: service.engagementObligatoire,
          estActif: service.actif,
          dateDebutService: jourIso(service.dateDebutValidite),
          dateFinService: jourIso(service.dateFinValidite),
        },
      };
    },
  );
};
