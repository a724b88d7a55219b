import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ErreurMetier } from '@choral/domain/erreurs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { estAppelMachine } from './authentication.ts';
import { sendProblem, toProblem } from './problem-details.ts';

/**
 * Serves the built SPA. Hashed files under /assets never change, so browsers keep them a
 * year; index.html must be revalidated so a new release is picked up at once. Unknown
 * non-API GETs get index.html and the client router shows its own 404 page.
 */
export const webApp = fp(
  async (
    app: FastifyInstance,
    { distDir, publicUrl, pagesDev }: { distDir: string; publicUrl: string; pagesDev: boolean },
  ) => {
    const hasBuild = existsSync(join(distDir, 'index.html'));
    if (hasBuild) {
      await app.register(fastifyStatic, {
        root: distDir,
        wildcard: false,
        index: false,
        setHeaders(reply, path) {
          const immutable = path.includes(`${distDir}/assets/`);
          reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    }
    app.setNotFoundHandler((request, reply) => {
      const isPage =
        ['GET', 'HEAD'].includes(request.method) &&
        !request.url.startsWith('/api/') &&
        request.url !== '/api' &&
        !estAppelMachine(request.url) &&
        // The development pages exist only with the development tools (CHORAL_OUTILS_DEV).
        (pagesDev || !request.url.startsWith('/dev/'));
      if (isPage && hasBuild) {
        return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      }
      const message = isPage
        ? "L'interface web n'est pas construite : lancez `pnpm build` (ou `pnpm start`)."
        : `Aucune route ${request.method} ${request.url.split('?')[0]}.`;

      return sendProblem(reply, toProblem(new ErreurMetier('INTROUVABLE', message), request, publicUrl));
    });
  },
  { name: 'web-app' },
);
