import { ESPACES_API, LIBELLES_ESPACE_API } from '@choral/domain/structures';
import { z } from 'zod';
import { IdSchema, IdTexteSchema } from './identifiants.ts';

export { DUREE_MOT_DE_PASSE_COMPTE_TECHNIQUE_JOURS, LIBELLES_ESPACE_API } from '@choral/domain/structures';

export const EspaceApiSchema = z.enum(ESPACES_API);
export type EspaceApi = z.infer<typeof EspaceApiSchema>;
export const ESPACES_API_PROPOSES = ESPACES_API.map((code) => ({ code, libelle: LIBELLES_ESPACE_API[code] }));

/** The structure's API application: the client id is public, the secret is never shown again. */
export const ApplicationApiSchema = z.object({
  clientId: z.string(),
  creeLe: z.iso.datetime(),
  secretRegenereLe: z.iso.datetime().nullable(),
});

/** Answer of a creation or regeneration: the only time the secret is shown. */
export const IdentifiantsApplicationSchema = z.object({ clientId: z.string(), clientSecret: z.string() });
export type IdentifiantsApplication = z.infer<typeof IdentifiantsApplicationSchema>;

export const CompteTechniqueSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  espaces: z.array(EspaceApiSchema),
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
  desactive: z.boolean(),
  motDePasseExpireLe: z.iso.datetime(),
  derniereUtilisationLe: z.iso.datetime().nullable(),
  creeLe: z.iso.datetime(),
});
export type CompteTechnique = z.infer<typeof CompteTechniqueSchema>;

export const RaccordementApiSchema = z.object({
  application: ApplicationApiSchema.nullable(),
  comptes: z.array(CompteTechniqueSchema),
});
export type RaccordementApi = z.infer<typeof RaccordementApiSchema>;

export const CreerCompteTechniqueBodySchema = z.object({
  espaces: z.array(EspaceApiSchema).min(1, 'Choisissez au moins un espace.'),
  /** Services of the structure the account is limited to (none = all, like a member). */
  serviceIds: z.array(IdSchema).max(500).default([]),
});
export type CreerCompteTechniqueBody = z.input<typeof CreerCompteTechniqueBodySchema>;

/** Answer of a creation or password renewal: the only time the password is shown. */
export const CompteTechniqueCreeSchema = z.object({
  compte: CompteTechniqueSchema,
  motDePasse: z.string(),
});
export type CompteTechniqueCree = z.infer<typeof CompteTechniqueCreeSchema>;

export const DesactivationCompteBodySchema = z.object({ desactive: z.boolean() });

export const CompteTechniqueParamsSchema = z.object({
  id: IdTexteSchema,
  compteId: IdTexteSchema,
});
