import { ErreurMetier } from '@choral/domain/erreurs';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';

/** A file received in a multipart form. */
export interface FichierRecu {
  nom: string;
  octets: Buffer;
}

export interface FormulaireFichier {
  /** Text fields sent before the file. */
  champs: Record<string, string>;
  fichier: FichierRecu;
}

const MO = 1024 * 1024;

function tropVolumineux(tailleMax: number): ErreurMetier {
  return new ErreurMetier(
    'FICHIER_TROP_VOLUMINEUX',
    `Le fichier dépasse la taille maximale autorisée (${Math.round(tailleMax / MO)} Mo).`,
    {
      motif: 'FICHIER_TROP_VOLUMINEUX',
      champs: [{ champ: '/fichier', message: 'Fichier trop volumineux.' }],
    },
  );
}

function estErreurFastify(erreur: unknown, code: string): boolean {
  return (erreur as { code?: string }).code === code;
}

/**
 * Reads a multipart form of text fields and one file part named `fichier`, holding at most
 * `tailleMax` bytes in memory: a bigger file stops the upload with a 413 problem.
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
  let fichier: FichierRecu | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: tailleMax, files: 1, fields: 10 } })) {
      if (part.type === 'field') champs[part.fieldname] = String(part.value);
      else if (part.fieldname === 'fichier') fichier = { nom: part.filename, octets: await part.toBuffer() };
      else await part.toBuffer();
    }
  } catch (erreur) {
    if (estErreurFastify(erreur, 'FST_REQ_FILE_TOO_LARGE')) throw tropVolumineux(tailleMax);
    if (estErreurFastify(erreur, 'FST_FILES_LIMIT')) {
      throw new ErreurMetier('REQUETE_INVALIDE', 'Envoyez un seul fichier à la fois.', {
        motif: 'FICHIERS_MULTIPLES',
      });
    }
    throw erreur;
  }
  if (fichier === null) {
    throw new ErreurMetier('REQUETE_INVALIDE', 'Aucun fichier reçu.', {
      motif: 'FICHIER_ABSENT',
      champs: [{ champ: '/fichier', message: 'Choisissez un fichier.' }],
    });
  }

  return { champs, fichier };
}
