import { z } from 'zod';

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    status: z.enum(['up', 'down']),
    kind: z.enum(['embarquee', 'externe']),
    latencyMs: z.number().optional(),
  }),
  /** The process's load: past its thresholds, other requests get 503 with Retry-After. */
  charge: z.object({
    status: z.enum(['ok', 'surcharge']),
    eventLoopDelayMs: z.number(),
    heapUsedBytes: z.number(),
    rssBytes: z.number(),
  }),
  /** The development tools (/dev/boite-mail) are on: the web app says so in its banner. */
  outilsDeveloppement: z.boolean(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
