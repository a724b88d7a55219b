import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every answer, pages, API and errors alike (helmet). The policy fits the
 * SPA and pdf.js: scripts and workers from the portal only (pdf.js compiles its WebAssembly
 * decoders, hence 'wasm-unsafe-eval', never 'unsafe-eval'); inline styles are allowed because
 * React, react-aria, pdf.js and the API documentation set style attributes. Pages may be framed by
 * the portal itself only (the PDF preview). No upgrade-insecure-requests: a portal served over
 * plain HTTP on a private network must keep working.
 */
export const enTetesSecurite = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
          frameSrc: ["'self'"],
          scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
          workerSrc: ["'self'", 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
        },
      },
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'same-origin' },
    });
  },
  { name: 'en-tetes-securite' },
);
