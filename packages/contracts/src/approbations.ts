import { z } from 'zod';
import { EtatDemandeSchema } from './comptes.ts';
import { IdSchema } from './identifiants.ts';

export const DemanderRattachementBodySchema = z.object({
  structureId: IdSchema,
  serviceIds: z.array(IdSchema).max(100).default([]),
  commentaire: z.string().trim().max(1000, '1000 caractères au plus.').optional(),
});
export type DemanderRattachementBody = z.input<typeof DemanderRattachementBodySchema>;
export const DemandeRattachementCreeeSchema = z.object({ id: z.number().int() });

/** A line of the Approbations list: état, description, demandeur, structure, service, date de la demande. */
export const ApprobationSchema = z.object({
  id: z.number().int(),
  etat: EtatDemandeSchema,
  description: z.string(),
  demandeur: z.object({ id: z.number().int(), nom: z.string(), prenom: z.string(), email: z.string() }),
  structure: z.object({ id: z.number().int(), identifiant: z.string(), raisonSociale: z.string() }),
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
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

export const DeciderBodySchema = z
  .object({
    ids: z.array(IdSchema).min(1, 'Sélectionnez au moins une demande.').max(200),
    decision: z.enum(['APPROUVER', 'REFUSER']),
    commentaire: z.string().trim().max(1000, '1000 caractères au plus.').optional(),
  })
  .refine((d) => d.decision !== 'REFUSER' || (d.commentaire ?? '').length > 0, {
    path: ['commentaire'],
    message: 'Un commentaire est obligatoire pour refuser.',
  });
export type DeciderBody = z.input<typeof DeciderBodySchema>;
export const DeciderResponseSchema = z.object({ traitees: z.number().int() });
