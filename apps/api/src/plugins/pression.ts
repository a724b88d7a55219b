import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { ErreurSurcharge, RETRY_AFTER_SECONDES } from './problem-details.ts';

/**
 * Backpressure: past an event-loop delay or a memory threshold, requests are refused with 503
 * and Retry-After (through the one error handler) instead of making every request slower.
 */
export const pression = fp(
  async (app: FastifyInstance, { seuils }: { seuils: Config['pression'] }) => {
    await app.register(underPressure, {
      maxEventLoopDelay: seuils.maxEventLoopDelayMs,
      maxHeapUsedBytes: seuils.maxHeapOctets,
      maxRssBytes: seuils.maxRssOctets,
      retryAfter: RETRY_AFTER_SECONDES,
      customError: ErreurSurcharge,
    });
  },
  { name: 'pression' },
);

/** Route option that lets a request through under pressure (the health route reports the state instead). */
export const TOUJOURS_SERVIE = { pressureHandler: () => undefined };

declare module 'fastify' {
  interface FastifyContextConfig {
    pressureHandler?: () => undefined;
  }
}
