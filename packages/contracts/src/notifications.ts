import { z } from 'zod';
import { IdSchema, IdTexteSchema } from './identifiants.ts';

export const NotificationSchema = z.object({
  id: z.number().int(),
  titre: z.string(),
  texte: z.string(),
  /** The invoice it is about, to open it. */
  factureId: z.number().int().nullable(),
  creeLe: z.iso.datetime(),
  lue: z.boolean(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationsQuerySchema = z.object({
  /** Newest first; pass the last id of a page to get the older ones. */
  avant: IdTexteSchema.optional(),
  limite: z.coerce.number().int().min(1).max(100).default(20),
});

export const NotificationsResponseSchema = z.object({
  notifications: z.array(NotificationSchema),
  /** Unread notifications of the caller (counted up to 100). */
  nonLues: z.number().int(),
});
export type Notifications = z.infer<typeof NotificationsResponseSchema>;

/** Marks the given notifications read, or all of them when `ids` is absent. */
export const MarquerLuesBodySchema = z.object({
  ids: z.array(IdSchema).max(100).optional(),
});
export type MarquerLuesBody = z.input<typeof MarquerLuesBodySchema>;
