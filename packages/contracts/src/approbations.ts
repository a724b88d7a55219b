import { DECISIONS_RATTACHEMENT, verifierMotifDecision } from '@choral/domain/structures';
import { z } from 'zod';
import { EspaceSchema, EspacesDemandesSchema, EtatDemandeSchema, ObjetDemandeSchema } from './comptes.ts';
import { IdSchema } from './identifiants.ts';

export const DemanderRattachementBodySchema = z.object({
  structureId: IdSchema,
  serviceIds: z.array(IdSchema).max(100).default([]),
  /** Espaces asked for with the rattachement (checkboxes of the request form). */
  espaces: EspacesDemandesSchema,
  commentaire: z.string().trim().max(1000, '1000 caractères au plus.').optional(),
});
export type DemanderRattachementBody = z.input<typeof DemanderRattachementBodySchema>;
export const DemandeRattachementCreeeSchema = z.object({ id: z.number().int() });

/** « Mes habilitations »: more espaces on a structure the caller is already rattaché to. */
export const DemanderHabilitationBodySchema = z.object({
  structureId: z.number().int().positive(),
  espaces: z.array(EspaceSchema).min(1, 'Choisissez au moins un espace.').max(20),
  commentaire: z.string().trim().max(1000, '1000 caractères au plus.').optional(),
});
export type DemanderHabilitationBody = z.input<typeof DemanderHabilitationBodySchema>;

/** A line of the Approbations list: état, description, demandeur, structure, service, date de la demande. */
export const ApprobationSchema = z.object({
  id: z.number().int(),
  objet: ObjetDemandeSchema,
  etat: EtatDemandeSchema,
  description: z.string(),
  demandeur: z.object({ id: z.number().int(), nom: z.string(), prenom: z.string(), email: z.string() }),
  structure: z.object({ id: z.number().int(), identifiant: z.string(), raisonSociale: z.string() }),
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
  espaces: z.array(EspaceSchema),
  demandeLe: z.iso.datetime(),
  commentaire: z.string().nullable(),
  decideur: z.object({ nom: z.string(), prenom: z.string() }).nullable(),
  commentaireDecision: z.string().nullable(),
  decideLe: z.iso.datetime().nullable(),
});
export type Approbation = z.infer<typeof ApprobationSchema>;

export const ApprobationsQuerySchema = z.object({ etat: EtatDemandeSchema.optional() });
export const ApprobationsResponseSchema = z.object({
  approbations: z.array(ApprobationSchema),
  enAttente: z.number().int(),
});

/** The refusal's comment is the domain's rule, checked here so that forms say it before sending. */
export const DeciderBodySchema = z
  .object({
    ids: z.array(IdSchema).min(1, 'Sélectionnez au moins une demande.').max(200),
    decision: z.enum(DECISIONS_RATTACHEMENT),
    commentaire: z.string().trim().max(1000, '1000 caractères au plus.').optional(),
  })
  .superRefine((d, ctx) => {
    const motif = verifierMotifDecision(d.decision, d.commentaire);
    if (!motif.ok) ctx.addIssue({ code: 'custom', path: ['commentaire'], message: motif.message });
  });
export type DeciderBody = z.input<typeof DeciderBodySchema>;
export const DeciderResponseSchema = z.object({ traitees: z.number().int() });
