import { CANAUX_FLUX, ETATS_FLUX, SYNTAXES_FLUX, type SyntaxeFlux } from '@choral/domain/flux';
import { z } from 'zod';
import { ErreurDpSchema, ErreurTechniqueSchema } from './cpro/flux.ts';
import { DateJour, StatutFactureSchema } from './factures.ts';
import { IdSchema, IdTexteSchema } from './identifiants.ts';

// « Suivi des flux » (Factures émises) and « Déposer un flux » in the portal: the flux of a
// structure, deposited there or through the API, their state, errors and integrated invoices.

export { LIBELLES_ETAT_FLUX } from '@choral/domain/flux';
export const EtatFluxSchema = z.enum(ETATS_FLUX);
export type EtatFlux = z.infer<typeof EtatFluxSchema>;
export const CanalFluxSchema = z.enum(CANAUX_FLUX);

/** The syntaxes a flux may be deposited in, with the portal's name of each (form select). */
export const SYNTAXES_FLUX_PROPOSEES: readonly { code: SyntaxeFlux; libelle: string }[] = (
  Object.keys(SYNTAXES_FLUX) as SyntaxeFlux[]
).map((code) => ({ code, libelle: SYNTAXES_FLUX[code].libelle }));

/**
 * Multipart fields of `POST /api/flux`, sent before the file part `fichier` (one invoice, or a
 * `.zip` / `.tar.gz` batch). The syntax is checked against Chorus Pro's list by the deposit.
 */
export const DepotFluxChampsSchema = z.object({
  structureId: IdTexteSchema,
  syntaxe: z.string().trim().min(1, 'Choisissez la syntaxe du flux.').max(50, '50 caractères au plus.'),
});

/** The flux received: its number (numeroFluxDepot), to follow it until it is integrated. */
export const FluxDeposeSchema = z.object({
  id: z.number().int(),
  numero: z.string(),
  dateDepot: z.iso.datetime(),
  syntaxe: z.string(),
});
export type FluxDepose = z.infer<typeof FluxDeposeSchema>;

/**
 * « Suivi des flux » of one structure, newest first. `etat`: one state; `depuis`, `jusqua`: the
 * deposit's French calendar days (bounds included). Keyset pagination: pass the `suivant` of a
 * page as `curseur`, with the same filters, to get the next one.
 */
export const RechercheFluxQuerySchema = z.object({
  structureId: IdTexteSchema,
  etat: EtatFluxSchema.optional(),
  depuis: DateJour.optional(),
  jusqua: DateJour.optional(),
  limite: z.coerce.number().int().min(1).max(200).default(50),
  curseur: IdTexteSchema.optional(),
});
export type RechercheFluxQuery = z.infer<typeof RechercheFluxQuerySchema>;

export const FluxResumeSchema = z.object({
  id: z.number().int(),
  numero: z.string(),
  dateDepot: z.iso.datetime(),
  nomFichier: z.string(),
  syntaxe: z.string(),
  libelleSyntaxe: z.string(),
  canal: CanalFluxSchema,
  libelleCanal: z.string(),
  etat: EtatFluxSchema,
  libelleEtat: z.string(),
  dateEtat: z.iso.datetime(),
  /** A final state: nothing about this flux will change any more. */
  termine: z.boolean(),
  /** Invoices the file holds, known once it is unpacked. */
  nombreFactures: z.number().int().nullable(),
  facturesIntegrees: z.number().int(),
  facturesRejetees: z.number().int(),
});
export type FluxResume = z.infer<typeof FluxResumeSchema>;

export const RechercheFluxResponseSchema = z.object({
  flux: z.array(FluxResumeSchema),
  /** Cursor of the next page, null on the last one. */
  suivant: IdSchema.nullable(),
});
export type RechercheFluxResponse = z.infer<typeof RechercheFluxResponseSchema>;

export const FluxParamsSchema = z.object({ id: IdTexteSchema });

/** One flux: its structure, every error (listeErreurDP, technical ones) and its integrated invoices. */
export const FluxDetailSchema = FluxResumeSchema.extend({
  structure: z.object({ id: z.number().int(), identifiant: z.string(), raisonSociale: z.string() }),
  erreursDp: z.array(ErreurDpSchema),
  erreursTechniques: z.array(ErreurTechniqueSchema),
  factures: z.array(
    z.object({
      id: z.number().int(),
      numero: z.string().nullable(),
      statut: StatutFactureSchema,
      libelleStatut: z.string(),
    }),
  ),
});
export type FluxDetail = z.infer<typeof FluxDetailSchema>;
