import {
  AnnuaireResponseSchema,
  type CadreDepotSchema,
  type ConfirmationDepot,
  ConfirmationDepotSchema,
  type CorrigerValideurBody,
  type Cote,
  type DonneesFacture,
  type EntreeAnnuaire,
  type Facture,
  FactureSchema,
  RechercheFacturesResponseSchema,
  type RecyclerFactureBody,
  SyntheseResponseSchema,
  type TraiterFactureBody,
  type TraiterFacturesBody,
  TraiterFacturesResponseSchema,
  type TypePieceJointeSchema,
} from '@choral/contracts';
import type { z } from 'zod';
import { type ApiQuery, apiClient, apiUrl, type UploadOptions } from '../../lib/api-client';

const FactureLueSchema = FactureSchema;
export type FactureLue = Facture;

export type Cadre = z.infer<typeof CadreDepotSchema>;
export type TypePieceJointe = z.infer<typeof TypePieceJointeSchema>;

/** The search of each side: « Factures émises » (supplier), « Factures reçues » (recipient), « Factures à valider ». */
const cheminListe = {
  FOURNISSEUR: '/factures/emises',
  DESTINATAIRE: '/factures/recues',
  VALIDEUR: '/factures/a-valider',
} as const;

export function rechercherFactures(cote: Cote, query: ApiQuery, signal: AbortSignal) {
  return apiClient.get(cheminListe[cote], RechercheFacturesResponseSchema, { query, signal });
}

export function lireSynthese(cote: Cote, structureId: number, signal: AbortSignal) {
  const query = { structureId };
  return apiClient.get(`${cheminListe[cote]}/synthese`, SyntheseResponseSchema, { query, signal });
}

/** The CSV export of a search: a plain download link with the same filters. */
export function urlExport(cote: Cote, query: ApiQuery): string {
  return apiUrl(`${cheminListe[cote]}/export.csv`, query);
}

/** « Traiter »: one lifecycle action on one invoice, which comes back updated. */
export function traiterFacture(id: number, body: TraiterFactureBody): Promise<FactureLue> {
  return apiClient.post(`/factures/${id}/actions`, body, FactureLueSchema);
}

/** The same action on several invoices: one result per invoice. */
export function traiterFactures(body: TraiterFacturesBody) {
  return apiClient.post('/factures/actions', body, TraiterFacturesResponseSchema);
}

/** « Corriger le valideur »: the supplier names the right one after the valideur reported an error. */
export function corrigerValideur(id: number, body: CorrigerValideurBody): Promise<FactureLue> {
  return apiClient.post(`/factures/${id}/valideur`, body, FactureLueSchema);
}

/** « Recycler »: another recipient, service or engagement; the same number is routed again. */
export function recyclerFacture(id: number, body: RecyclerFactureBody): Promise<FactureLue> {
  return apiClient.post(`/factures/${id}/recyclage`, body, FactureLueSchema);
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

export type ChampsPieceJointe = { designation: string; type: TypePieceJointe; fichier: File };

/** An attachment, to a draft or (`justificatif`) to a suspended invoice about to be completed. */
export function ajouterPieceJointe(
  id: number,
  champs: ChampsPieceJointe,
  options: UploadOptions,
  justificatif = false,
): Promise<FactureLue> {
  const form = new FormData();
  form.append('designation', champs.designation);
  form.append('type', champs.type);
  form.append('fichier', champs.fichier);
  const chemin = justificatif
    ? (`/factures/${id}/pieces-jointes` as const)
    : (`/factures/brouillons/${id}/pieces-jointes` as const);
  return apiClient.upload(chemin, form, FactureLueSchema, options);
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
