import {
  AnnuaireResponseSchema,
  type CadreDepotSchema,
  type ConfirmationDepot,
  ConfirmationDepotSchema,
  type DonneesFacture,
  type EntreeAnnuaire,
  FactureResumeSchema,
  FactureSchema,
  type TypePieceJointeSchema,
} from '@choral/contracts';
import { z } from 'zod';
import { apiClient, apiUrl, type UploadOptions } from '../../lib/api-client';

/**
 * An invoice as these pages read it: the draft buttons come from `actions`; the lifecycle's list
 * of possible actions (for later pages) is not needed here, so its absence is tolerated.
 */
const FactureLueSchema = FactureSchema.extend({
  actions: FactureSchema.shape.actions.pick({ modifier: true, supprimer: true, envoyer: true }),
});
export type FactureLue = z.infer<typeof FactureLueSchema>;

// The search may grow filters, counters and pages: this list only needs the invoices.
const FacturesEmisesSchema = z.object({ factures: z.array(FactureResumeSchema) });

export type Cadre = z.infer<typeof CadreDepotSchema>;
export type TypePieceJointe = z.infer<typeof TypePieceJointeSchema>;

export async function listerFacturesEmises(structureId: number, signal: AbortSignal) {
  const query = { structureId };
  return (await apiClient.get('/factures/emises', FacturesEmisesSchema, { query, signal })).factures;
}

export function consulterFacture(id: number, signal: AbortSignal): Promise<FactureLue> {
  return apiClient.get(`/factures/${id}`, FactureLueSchema, { signal });
}

/** « Déposer une facture », step 1: the file becomes a draft pre-filled from its data. */
export function deposerFichier(
  champs: { structureId: number; cadre: Cadre; fichier: File },
  options: UploadOptions,
): Promise<FactureLue> {
  const form = new FormData();
  // The API reads the text fields first, then the file.
  form.append('structureId', String(champs.structureId));
  form.append('cadre', champs.cadre);
  form.append('fichier', champs.fichier);
  return apiClient.upload('/factures/brouillons/depot', form, FactureLueSchema, options);
}

/** « Saisir une facture »: the first save of a manual entry creates its draft. */
export function creerBrouillon(structureId: number, donnees: DonneesFacture): Promise<FactureLue> {
  return apiClient.post('/factures/brouillons', { ...donnees, structureId }, FactureLueSchema);
}

export function enregistrerBrouillon(id: number, donnees: DonneesFacture): Promise<FactureLue> {
  return apiClient.put(`/factures/brouillons/${id}`, donnees, FactureLueSchema);
}

export function supprimerBrouillon(id: number): Promise<void> {
  return apiClient.send('DELETE', `/factures/brouillons/${id}`);
}

/** « Valider et envoyer »: the server's checks, then the deposit certificate. */
export function envoyerFacture(id: number): Promise<ConfirmationDepot> {
  return apiClient.post(`/factures/brouillons/${id}/envoi`, undefined, ConfirmationDepotSchema);
}

export function ajouterPieceJointe(
  id: number,
  champs: { designation: string; type: TypePieceJointe; fichier: File },
  options: UploadOptions,
): Promise<FactureLue> {
  const form = new FormData();
  form.append('designation', champs.designation);
  form.append('type', champs.type);
  form.append('fichier', champs.fichier);
  return apiClient.upload(`/factures/brouillons/${id}/pieces-jointes`, form, FactureLueSchema, options);
}

export function retirerPieceJointe(id: number, documentId: number): Promise<FactureLue> {
  return apiClient.delete(`/factures/brouillons/${id}/pieces-jointes/${documentId}`, FactureLueSchema);
}

export async function rechercherAnnuaire(q: string, signal?: AbortSignal): Promise<EntreeAnnuaire[]> {
  const options = signal ? { query: { q }, signal } : { query: { q } };
  return (await apiClient.get('/annuaire', AnnuaireResponseSchema, options)).structures;
}

/** Link to a document: downloaded, or shown in the page (`inline`, PDFs only). */
export function urlDocument(id: number, documentId: number, inline = false): string {
  return apiUrl(`/factures/${id}/documents/${documentId}`, inline ? { disposition: 'inline' } : undefined);
}
