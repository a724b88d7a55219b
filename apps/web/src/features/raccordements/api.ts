import {
  type CompteTechnique,
  type CompteTechniqueCree,
  CompteTechniqueCreeSchema,
  CompteTechniqueSchema,
  type CreerCompteTechniqueBodySchema,
  type IdentifiantsApplication,
  IdentifiantsApplicationSchema,
  type RaccordementApi,
  RaccordementApiSchema,
} from '@choral/contracts';
import type { z } from 'zod';
import { apiClient } from '../../lib/api-client';

export function lireRaccordement(structureId: number, signal: AbortSignal): Promise<RaccordementApi> {
  return apiClient.get(`/structures/${structureId}/raccordement-api`, RaccordementApiSchema, { signal });
}

/** Creates the application, or regenerates its secret. */
export function genererApplication(structureId: number): Promise<IdentifiantsApplication> {
  return apiClient.post(
    `/structures/${structureId}/raccordement-api/application`,
    {},
    IdentifiantsApplicationSchema,
  );
}

export function creerCompteTechnique(
  structureId: number,
  body: z.output<typeof CreerCompteTechniqueBodySchema>,
): Promise<CompteTechniqueCree> {
  return apiClient.post(
    `/structures/${structureId}/raccordement-api/comptes`,
    body,
    CompteTechniqueCreeSchema,
  );
}

export function changerActivation(
  structureId: number,
  compteId: number,
  desactive: boolean,
): Promise<CompteTechnique> {
  return apiClient.put(
    `/structures/${structureId}/raccordement-api/comptes/${compteId}/desactivation`,
    { desactive },
    CompteTechniqueSchema,
  );
}

export function renouvelerMotDePasse(structureId: number, compteId: number): Promise<CompteTechniqueCree> {
  return apiClient.post(
    `/structures/${structureId}/raccordement-api/comptes/${compteId}/mot-de-passe`,
    {},
    CompteTechniqueCreeSchema,
  );
}
