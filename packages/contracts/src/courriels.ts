import { z } from 'zod';

/** The development mailbox (outbox), readable outside production only. */
export const CourrielSchema = z.object({
  id: z.number().int(),
  destinataire: z.string(),
  sujet: z.string(),
  texte: z.string(),
  creeLe: z.iso.datetime(),
  envoyeLe: z.iso.datetime().nullable(),
});
export type Courriel = z.infer<typeof CourrielSchema>;
export const BoiteMailResponseSchema = z.object({ courriels: z.array(CourrielSchema) });
export const BoiteMailQuerySchema = z.object({ destinataire: z.string().trim().max(254).optional() });
