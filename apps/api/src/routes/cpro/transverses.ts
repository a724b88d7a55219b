import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.ts';

export const cproTransversesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (_app, _options) => {};
