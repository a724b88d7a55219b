import { Readable } from 'node:stream';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { tropVolumineux } from './limites-fichiers.ts';

/** A file received in a multipart form, as its bytes arrive (read it once, to its end). */
export interface FichierRecu {
  nom: string;
  flux: Readable;
}

export interface FormulaireFichier {
  /** Text fields sent before the file. */
  champs: Record<string, string>;
  fichier: FichierRecu;
}

function estErreurFastify(erreur: unknown, code: string): boolean {
  return (erreur as { code?: string }).code === code;
}

function traduire(erreur: unknown, tailleMax: number): unknown {
  if (estErreurFastify(erreur, 'FST_REQ_FILE_TOO_LARGE')) return tropVolumineux(tailleMax);
  if (estErreurFastify(erreur, 'FST_FILES_LIMIT')) {
    return new ErreurMetier('REQUETE_INVALIDE', 'Envoyez un seul fichier à la fois.', {
      motif: 'FICHIERS_MULTIPLES',
    });
  }

  return erreur;
}

/**
 * The file's bytes, then the rest of the form: a second file fails the upload before its end,
 * so that nothing is kept of a form that is refused.
 */
async function* octetsPuisFin(
  fichier: Extract<Multipart, { type: 'file' }>,
  suite: AsyncIterator<Multipart>,
  tailleMax: number,
): AsyncGenerator<Buffer> {
  try {
    yield* fichier.file;
    // Only past the storage's own limit, which the caller enforces: a safety net.
    if (fichier.file.truncated) throw tropVolumineux(tailleMax);
    for (let partie = await suite.next(); !partie.done; partie = await suite.next()) {
      if (partie.value.type === 'file') partie.value.file.resume();
    }
  } catch (erreur) {
    throw traduire(erreur, tailleMax);
  }
}

/**
 * Reads a multipart form of text fields then one file part named `fichier`, and hands the file
 * over as a stream: nothing of it is held in memory here. `tailleMax` is the route's limit; the
 * storage enforces the exact one while the bytes stream.
 */
export async function lireFormulaireFichier(
  request: FastifyRequest,
  tailleMax: number,
): Promise<FormulaireFichier> {
  if (!request.isMultipart()) {
    throw new ErreurMetier(
      'TYPE_FICHIER_REFUSE',
      'Envoyez le fichier dans un formulaire multipart/form-data.',
      {
        motif: 'FORMULAIRE_MULTIPART_ATTENDU',
      },
    );
  }
  const champs: Record<string, string> = {};
  // One byte past the limit reaches the storage, which refuses it with its own message.
  const parties = request
    .parts({ limits: { fileSize: tailleMax + 1, files: 1, fields: 10 } })
    [Symbol.asyncIterator]();
  try {
    for (let partie = await parties.next(); !partie.done; partie = await parties.next()) {
      const part = partie.value;
      if (part.type === 'field') champs[part.fieldname] = String(part.value);
      else if (part.fieldname === 'fichier') {
        const flux = Readable.from(octetsPuisFin(part, parties, tailleMax), { objectMode: false });

        return { champs, fichier: { nom: part.filename, flux } };
      } else part.file.resume();
    }
  } catch (erreur) {
    throw traduire(erreur, tailleMax);
  }
  throw new ErreurMetier('REQUETE_INVALIDE', 'Aucun fichier reçu.', {
    motif: 'FICHIER_ABSENT',
    champs: [{ champ: '/fichier', message: 'Choisissez un fichier.' }],
  });
}
