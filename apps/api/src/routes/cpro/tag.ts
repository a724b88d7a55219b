export const TAG_CPRO = 'Mode API (Chorus Pro)';

/** The OpenAPI schema of a /cpro POST route: its tag, summary, JSON body and 200 answer. */
export function schemaCpro<B, R>(summary: string, body: B, reponse: R) {
  return { tags: [TAG_CPRO], summary, body, response: { 200: reponse } };
}
