import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.ts';

export const cproFacturesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (_app, _options) => {};
