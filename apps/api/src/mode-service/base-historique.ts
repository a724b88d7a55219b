import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

/** Set on a request that came through the legacy base (a symbol: no client can forge it). */
const BASE_HISTORIQUE = Symbol('choral.baseHistorique');
type RequeteMarquee = IncomingMessage & { [BASE_HISTORIQUE]?: true };

/**
 * The pre-PISTE API base that ERPs of stable distributions still call: `/service/<domaine>/<service>`
 * (production) and `/service-qualif/<domaine>/<service>` (qualification), same bodies and answers
 * as `/cpro/<domaine>/v1/<service>`, authenticated by HTTP Basic with a compte technique. Fastify's
 * `rewriteUrl`: the request is routed to the /cpro route and remembered as a legacy one.
 */
export function reecrireBaseHistorique(requete: IncomingMessage): string {
  const url = requete.url ?? '/';
  const trouve = /^\/service(?:-qualif)?\/([a-z]+)\/(.+)$/.exec(url);
  if (!trouve) return url;
  (requete as RequeteMarquee)[BASE_HISTORIQUE] = true;

  return `/cpro/${trouve[1]}/v1/${trouve[2]}`;
}

export function viaBaseHistorique(request: FastifyRequest): boolean {
  return (request.raw as RequeteMarquee)[BASE_HISTORIQUE] === true;
}
