import { ProblemSchema } from '@choral/contracts';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, type TestApp } from './support/test-app.ts';

// Routes registered only here, to drive every branch of the single error handler.
function registerProbeRoutes(app: Parameters<NonNullable<Parameters<typeof buildTestApp>[0]>>[0]): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/api/test/validation',
    {
      schema: {
        body: z.object({
          siret: z.string().length(14),
          lignes: z.array(z.object({ quantite: z.number().positive() })),
        }),
      },
    },
    async () => ({ ok: true }),
  );
  typed.get('/api/test/metier', async () => {
    throw new ErreurMetier('REGLE_METIER', 'Le service est inactif.', {
      motif: 'SERVICE_INACTIF',
      champs: [{ champ: '/destinataire/codeService', message: 'Ce service est inactif.' }],
    });
  });
  typed.get('/api/test/panne', async () => {
    throw new Error('secret SQL detail: relation "x" does not exist');
  });
}

describe('RFC 9457 problem details', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(registerProbeRoutes);
  });
  afterAll(() => t.close());

  it('answers an unknown API route with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/inconnue?x=1' });

    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = ProblemSchema.parse(res.json());
    expect(body).toMatchObject({ status: 404, code: 'INTROUVABLE', instance: '/api/inconnue' });
    expect(body.type).toBe('http://choral.test/problemes/introuvable');
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('lists every invalid field with a JSON pointer', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/validation',
      headers: { 'x-csrf-token': 'anonyme' },
      payload: { siret: '123', lignes: [{ quantite: 1 }, { quantite: -2 }] },
    });

    expect(res.statusCode).toBe(400);
    const body = ProblemSchema.parse(res.json());
    expect(body.code).toBe('REQUETE_INVALIDE');
    expect(body.errors?.map((e) => e.pointer).sort()).toEqual(['/lignes/1/quantite', '/siret']);
    expect(body.errors?.every((e) => e.detail.length > 0)).toBe(true);
  });

  it('maps a business error to its status, fine code and field pointers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/metier' });

    expect(res.statusCode).toBe(422);
    expect(ProblemSchema.parse(res.json())).toMatchObject({
      code: 'SERVICE_INACTIF',
      detail: 'Le service est inactif.',
      errors: [{ pointer: '/destinataire/codeService', detail: 'Ce service est inactif.' }],
    });
  });

  it('hides the cause of an unexpected error behind a generic French 500', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/panne' });

    expect(res.statusCode).toBe(500);
    const body = ProblemSchema.parse(res.json());
    expect(body.code).toBe('ERREUR_INTERNE');
    expect(res.body).not.toContain('SQL');
    expect(body.detail).toContain(body.requestId);
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/validation',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'anonyme' },
      payload: '{"siret": ',
    });

    expect(res.statusCode).toBe(400);
    expect(ProblemSchema.parse(res.json()).code).toBe('REQUETE_INVALIDE');
  });

  it('keeps an incoming request id for log correlation', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'proxy-abc.123' },
    });

    expect(res.headers['x-request-id']).toBe('proxy-abc.123');
  });

  it('serves the OpenAPI document generated from the contracts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });

    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/health'].get.responses['200']).toBeDefined();
  });
});
