import { Readable } from 'node:stream';
import {
  ExportFacturesQuerySchema,
  RechercheFacturesQuerySchema,
  RechercheFacturesResponseSchema,
  SyntheseQuerySchema,
  SyntheseResponseSchema,
} from '@choral/contracts';
import type { Db } from '@choral/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { utilisateurConnecte } from '../plugins/authentication.ts';
import { exporterFacturesCsv } from '../use-cases/factures/exporter-factures-csv.ts';
import type { Perimetre } from '../use-cases/factures/filtres-recherche.ts';
import { perimetreAValider, perimetreEmises, perimetreRecues } from '../use-cases/factures/perimetres.ts';
import { rechercherFactures } from '../use-cases/factures/rechercher-factures.ts';
import { syntheseFactures } from '../use-cases/factures/synthese-factures.ts';

/**
 * The three lists, same search: the supplier's (`emises`, drafts included), the recipient's
 * (`recues`) and the valideur's (`a-valider`: A9 / A12 invoices naming one of his structures).
 */
const COTES = [
  {
    liste: 'recues',
    tags: ['Factures reçues'],
    quoi: 'les factures reçues par une de mes structures (dans mes services)',
    perimetre: perimetreRecues,
  },
  {
    liste: 'emises',
    tags: ['Factures émises'],
    quoi: 'les factures émises et brouillons d’une de mes structures',
    perimetre: perimetreEmises,
  },
  {
    liste: 'a-valider',
    tags: ['Factures à valider'],
    quoi: 'les factures de sous-traitant et de cotraitant qu’une de mes structures doit valider',
    perimetre: perimetreAValider,
  },
] as const satisfies readonly {
  liste: string;
  tags: string[];
  quoi: string;
  perimetre: (db: Db, utilisateurId: number, structureId: number) => Promise<Perimetre>;
}[];

export const facturesRechercheRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  for (const { liste, tags, quoi, perimetre } of COTES) {
    app.get(
      `/api/factures/${liste}`,
      {
        schema: {
          tags,
          summary: `Rechercher ${quoi}`,
          description:
            'Tri par défaut : date de dépôt décroissante (les brouillons d’abord), 50 par page (`limite` jusqu’à 500) ; ' +
            '`suivant` est le curseur de la page d’après. Compteurs par statut plafonnés à 1000.',
          querystring: RechercheFacturesQuerySchema,
          response: { 200: RechercheFacturesResponseSchema },
        },
      },
      async (request) =>
        rechercherFactures(
          ctx.db,
          await perimetre(ctx.db, utilisateurConnecte(request), request.query.structureId),
          request.query,
        ),
    );
    app.get(
      `/api/factures/${liste}/synthese`,
      {
        schema: {
          tags,
          summary: `Synthèse : parmi ${quoi}, celles qui attendent mon action, par statut`,
          querystring: SyntheseQuerySchema,
          response: { 200: SyntheseResponseSchema },
        },
      },
      async (request) =>
        syntheseFactures(
          ctx.db,
          await perimetre(ctx.db, utilisateurConnecte(request), request.query.structureId),
        ),
    );
    app.get(
      `/api/factures/${liste}/export.csv`,
      {
        schema: {
          tags,
          summary: `Exporter ${quoi} (CSV)`,
          description:
            'Mêmes filtres et tri que la recherche. CSV UTF-8 avec BOM, séparateur « ; », virgule décimale, ' +
            'champs entre guillemets, produit au fil de l’eau (lots lus par curseur pendant le téléchargement).',
          querystring: ExportFacturesQuerySchema,
        },
      },
      async (request, reply) => {
        const choisi = await perimetre(ctx.db, utilisateurConnecte(request), request.query.structureId);
        const jour = new Date().toISOString().slice(0, 10);

        return reply
          .header('Content-Type', 'text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="factures-${liste}-${jour}.csv"`)
          .header('Cache-Control', 'no-store')
          .send(Readable.from(exporterFacturesCsv(ctx.db, choisi, request.query)));
      },
    );
  }
};
