import { z } from 'zod';

/** `POST /api/oauth/token`, form-urlencoded, as PISTE. */
export const DemandeJetonSchema = z.object({
  grant_type: z.string(),
  client_id: z.string().max(200),
  client_secret: z.string().max(200),
  scope: z.string().optional(),
});

export const JetonOauthSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  scope: z.string(),
});

export const ErreurOauthSchema = z.object({ error: z.string(), error_description: z.string() });

export const DUREE_JETON_API_SECONDES = 3600;
