import { ErreurMetier } from '@choral/domain/erreurs';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** JSON Pointer of the first string holding U+0000 in a parsed input, or null. */
export function pointeurCaractereNul(valeur: unknown, pointeur = ''): string | null {
  if (typeof valeur === 'string') return valeur.includes('\u0000') ? pointeur || '/' : null;
  if (valeur === null || typeof valeur !== 'object') return null;
  for (const [cle, enfant] of Object.entries(valeur)) {
    const trouve = pointeurCaractereNul(enfant, `${pointeur}/${cle}`);
    if (trouve) return trouve;
  }

  return null;
}

export function erreurCaractereNul(champ: string): ErreurMetier {
  return new ErreurMetier('REQUETE_INVALIDE', 'La requête contient un caractère nul (U+0000).', {
    motif: 'CARACTERE_NUL',
    champs: [{ champ, message: 'Caractère nul interdit.' }],
  });
}

/**
 * PostgreSQL text cannot hold U+0000 and no French label needs it: refuse it in every path
 * parameter, query string and JSON body before any route runs (multipart fields are checked
 * where they are read).
 */
export const sansCaractereNul = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', async (request) => {
      for (const [partie, valeur] of [
        ['/params', request.params],
        ['/querystring', request.query],
        ['', request.body],
      ] as const) {
        const pointeur = pointeurCaractereNul(valeur, partie);
        if (pointeur) throw erreurCaractereNul(pointeur);
      }
    });
  },
  { name: 'sans-caractere-nul' },
);
