import type { Problem, ProblemFieldError } from '@choral/contracts';
import { causeErreurBase } from '@choral/db';
import type { CodeErreur } from '@choral/domain/erreurs';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** The one table from business error codes to HTTP. */
const STATUS_BY_CODE: Record<CodeErreur, { status: number; title: string }> = {
  REQUETE_INVALIDE: { status: 400, title: 'Requête invalide' },
  NON_AUTHENTIFIE: { status: 401, title: 'Authentification requise' },
  INTERDIT: { status: 403, title: 'Action non autorisée' },
  INTROUVABLE: { status: 404, title: 'Ressource introuvable' },
  CONFLIT: { status: 409, title: 'Conflit' },
  FICHIER_TROP_VOLUMINEUX: { status: 413, title: 'Fichier trop volumineux' },
  TYPE_FICHIER_REFUSE: { status: 415, title: 'Type de fichier refusé' },
  REGLE_METIER: { status: 422, title: 'Demande refusée' },
  TROP_DE_TENTATIVES: { status: 429, title: 'Trop de tentatives' },
  INDISPONIBLE: { status: 503, title: 'Service momentanément indisponible' },
};

/** Seconds a client should wait before sending a request refused with 503 again. */
export const RETRY_AFTER_SECONDES = 5;

/** Overload: the process (under-pressure) or the database (outage, pool or transaction slots exhausted). */
export class ErreurSurcharge extends ErreurMetier {
  constructor() {
    super('INDISPONIBLE', 'Le service est momentanément surchargé : réessayez dans quelques secondes.', {
      motif: 'SURCHARGE',
    });
  }
}

/** Database errors that are not the code's fault: an outage or a value no valid request carries. */
function erreurBaseEnMetier(error: unknown): ErreurMetier | null {
  switch (causeErreurBase(error)) {
    case 'INDISPONIBLE':
      return new ErreurMetier(
        'INDISPONIBLE',
        'La base de données est momentanément indisponible ou saturée : réessayez dans quelques secondes.',
        { motif: 'BASE_INDISPONIBLE' },
      );
    case 'VALEUR_REFUSEE':
      return new ErreurMetier('REQUETE_INVALIDE', 'La requête contient une valeur invalide.', {
        motif: 'VALEUR_INVALIDE',
      });
    default:
      return null;
  }
}

function problem(
  request: FastifyRequest,
  publicUrl: string,
  status: number,
  title: string,
  code: string,
  detail: string,
  errors?: ProblemFieldError[],
): Problem {
  return {
    type: `${publicUrl}/problemes/${code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status,
    detail,
    instance: request.url.split('?')[0],
    code,
    requestId: String(request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Body errors point into the body; query/params errors are prefixed by their part (`/querystring/page`). */
function pointer(part: string, instancePath: string): string {
  const prefix = part === 'body' ? '' : `/${part}`;

  return `${prefix}${instancePath}`.replace(/\/$/, '') || '/';
}

export function toProblem(error: FastifyError | Error, request: FastifyRequest, publicUrl: string): Problem {
  const base = erreurBaseEnMetier(error);
  if (base) return toProblem(base, request, publicUrl);
  if (error instanceof ErreurMetier) {
    const { status, title } = STATUS_BY_CODE[error.code];
    const errors = error.champs.map((c) => ({ pointer: c.champ, detail: c.message }));

    return problem(request, publicUrl, status, title, error.motif, error.message, errors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const errors = error.validation.map((v) => ({
      pointer: pointer(part, v.instancePath),
      detail: v.message ?? 'Valeur invalide.',
    }));

    return problem(
      request,
      publicUrl,
      400,
      'Requête invalide',
      'REQUETE_INVALIDE',
      'La requête contient des champs invalides.',
      errors,
    );
  }
  const status = (error as FastifyError).statusCode ?? 500;
  if (status === 413) {
    return problem(
      request,
      publicUrl,
      413,
      'Fichier trop volumineux',
      'FICHIER_TROP_VOLUMINEUX',
      'Le contenu envoyé dépasse la taille autorisée.',
    );
  }
  if (status === 415) {
    return problem(
      request,
      publicUrl,
      415,
      'Type de contenu refusé',
      'TYPE_CONTENU_REFUSE',
      "Ce type de contenu n'est pas accepté.",
    );
  }
  if (status === 429) {
    return problem(
      request,
      publicUrl,
      429,
      'Trop de requêtes',
      'TROP_DE_TENTATIVES',
      'Trop de requêtes : réessayez dans quelques minutes.',
    );
  }
  if (status >= 400 && status < 500) {
    return problem(
      request,
      publicUrl,
      status,
      'Requête invalide',
      'REQUETE_INVALIDE',
      'La requête est mal formée.',
    );
  }

  return problem(
    request,
    publicUrl,
    500,
    'Erreur interne',
    'ERREUR_INTERNE',
    `Une erreur inattendue est survenue. Si elle persiste, communiquez l'identifiant ${request.id} au support.`,
  );
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  // A 503 is always temporary here: tell the client when to come back.
  if (body.status === 503 && !reply.hasHeader('Retry-After'))
    reply.header('Retry-After', RETRY_AFTER_SECONDES);

  return reply.status(body.status).type('application/problem+json').send(body);
}

/** One error handler for the whole API: every error leaves as RFC 9457 problem details. */
export const problemDetails = fp(
  async (app: FastifyInstance, { publicUrl }: { publicUrl: string }) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const body = toProblem(error, request, publicUrl);
      if (body.status === 503) request.log.warn({ err: error }, 'service unavailable');
      else if (body.status >= 500) request.log.error({ err: error }, 'unexpected error');

      return sendProblem(reply, body);
    });
  },
  { name: 'problem-details' },
);
