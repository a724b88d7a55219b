import type { Cote } from '@choral/contracts';
import type { ApiQuery } from '../../lib/api-client';

/** Filters each side offers (the API takes the same names, kept as they are in the page's URL). */
export const FILTRES: Readonly<Record<Cote, readonly string[]>> = {
  DESTINATAIRE: [
    'statut',
    'fournisseur',
    'codeService',
    'numero',
    'cadre',
    'dateDepotMin',
    'dateDepotMax',
    'dateFactureMin',
    'dateFactureMax',
    'dateMiseADispositionMin',
    'dateMiseADispositionMax',
    'montantMin',
    'montantMax',
  ],
  FOURNISSEUR: [
    'statut',
    'numero',
    'destinataire',
    'dateDepotMin',
    'dateDepotMax',
    'dateFactureMin',
    'dateFactureMax',
    'montantMin',
    'montantMax',
  ],
  VALIDEUR: [
    'statut',
    'fournisseur',
    'numero',
    'cadre',
    'dateDepotMin',
    'dateDepotMax',
    'dateFactureMin',
    'dateFactureMax',
    'montantMin',
    'montantMax',
  ],
};

export type Tri = 'dateDepot' | 'dateFacture' | 'dateMiseADisposition' | 'montantTtc' | 'numero';
export type Ordre = 'asc' | 'desc';

/** The search as the URL holds it: filters, sort and page. */
export function lireRecherche(cote: Cote, params: URLSearchParams) {
  const filtres: Record<string, string> = {};
  for (const nom of FILTRES[cote]) {
    const valeur = params.get(nom)?.trim();
    if (valeur) filtres[nom] = valeur;
  }
  const tri = (params.get('tri') ?? 'dateDepot') as Tri;
  const ordre: Ordre = params.get('ordre') === 'asc' ? 'asc' : 'desc';
  return { filtres, tri, ordre, curseur: params.get('curseur') };
}
export type Recherche = ReturnType<typeof lireRecherche>;

/** What the API takes: the search of the structure, without the page for the CSV export. */
export function requeteRecherche(structureId: number, recherche: Recherche, avecPage = true): ApiQuery {
  const { filtres, tri, ordre, curseur } = recherche;
  return { structureId, ...filtres, tri, ordre, curseur: avecPage ? curseur : undefined };
}

/** The page's URL for another search (`?structure=` kept), built from its parameters. */
export function parametresRecherche(
  structureId: number,
  recherche: Partial<Recherche> & { filtres: Record<string, string> },
): string {
  const params = new URLSearchParams({ structure: String(structureId), ...recherche.filtres });
  if (recherche.tri) params.set('tri', recherche.tri);
  if (recherche.ordre) params.set('ordre', recherche.ordre);
  if (recherche.curseur) params.set('curseur', recherche.curseur);
  return `?${params.toString()}`;
}
