import {
  type FluxDepose,
  FluxDeposeSchema,
  FluxDetailSchema,
  RechercheFluxResponseSchema,
} from '@choral/contracts';
import { type ApiQuery, apiClient, apiUrl, type UploadOptions } from '../../lib/api-client';

/** « Suivi des flux » of a structure: one page, newest first, with the filters of the page's URL. */
export function rechercherFlux(query: ApiQuery, signal: AbortSignal) {
  return apiClient.get('/flux', RechercheFluxResponseSchema, { query, signal });
}

export function consulterFlux(id: number, signal: AbortSignal) {
  return apiClient.get(`/flux/${id}`, FluxDetailSchema, { signal });
}

/** The flux's compte rendu (PDF): a plain download link. */
export function urlCompteRendu(id: number): string {
  return apiUrl(`/flux/${id}/compte-rendu`);
}

/** « Déposer un flux »: one invoice or a batch, in a syntax; answers the flux number. */
export function deposerFlux(
  champs: { structureId: number; syntaxe: string; fichier: File },
  options: UploadOptions,
): Promise<FluxDepose> {
  const form = new FormData();
  // The API reads the text fields first, then the file.
  form.append('structureId', String(champs.structureId));
  form.append('syntaxe', champs.syntaxe);
  form.append('fichier', champs.fichier);
  return apiClient.upload('/flux', form, FluxDeposeSchema, options);
}

/** The filters of « Suivi des flux », named as the API takes them and kept in the page's URL. */
const FILTRES = ['etat', 'depuis', 'jusqua'] as const;

export function lireRechercheFlux(params: URLSearchParams) {
  const filtres: Record<string, string> = {};
  for (const nom of FILTRES) {
    const valeur = params.get(nom)?.trim();
    if (valeur) filtres[nom] = valeur;
  }
  return { filtres, curseur: params.get('curseur') };
}
export type RechercheFlux = ReturnType<typeof lireRechercheFlux>;

/** The page's URL for another search or page (`?structure=` kept). */
export function parametresRechercheFlux(structureId: number, recherche: RechercheFlux): string {
  const params = new URLSearchParams({ structure: String(structureId), ...recherche.filtres });
  if (recherche.curseur) params.set('curseur', recherche.curseur);
  return `?${params.toString()}`;
}
