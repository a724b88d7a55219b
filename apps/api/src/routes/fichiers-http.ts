import { NomFichierSchema } from '@choral/contracts';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { lireFormulaireFichier } from '../documents/formulaire-fichier.ts';
import { erreurCaractereNul, pointeurCaractereNul } from '../plugins/sans-caractere-nul.ts';

// Files over HTTP in the portal's routes: multipart forms in, downloads out.

/** A 400 problem pointing at each bad field of a multipart form. */
function champsInvalides(erreur: z.ZodError, racine = ''): ErreurMetier {
  return new ErreurMetier('REQUETE_INVALIDE', 'La requête contient des champs invalides.', {
    champs: erreur.issues.map((i) => ({
      champ: `${racine}/${i.path.join('/')}`.replace(/\/$/, ''),
      message: i.message,
    })),
  });
}

/** A multipart form checked like a JSON body: its text fields against `schema`, then the file's name. */
export async function lireFormulaire<T extends z.ZodType>(
  request: FastifyRequest,
  tailleMax: number,
  schema: T,
) {
  const { champs, fichier } = await lireFormulaireFichier(request, tailleMax);
  const nul = pointeurCaractereNul(champs);
  if (nul) throw erreurCaractereNul(nul);
  const valides = schema.safeParse(champs);
  if (!valides.success) throw champsInvalides(valides.error);
  const nom = NomFichierSchema.safeParse(fichier.nom);
  if (!nom.success) throw champsInvalides(nom.error, '/fichier');

  return { champs: valides.data as z.output<T>, fichier };
}

/** `attachment` (or `inline`) with an ASCII fallback name and the exact UTF-8 one (RFC 6266). */
export function dispositionContenu(disposition: 'inline' | 'attachment', nom: string): string {
  const ascii = nom.replace(/[^\w.\- ]/g, '_');

  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(nom)}`;
}
