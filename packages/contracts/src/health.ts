import { z } from 'zod';

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    status: z.enum(['up', 'down']),
    kind: z.enum(['embarquee', 'externe']),
    latencyMs: z.number().optional(),
  }),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
