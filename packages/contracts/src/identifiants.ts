import { z } from 'zod';

/** Largest value of PostgreSQL's `integer`, the type of every id: a bigger id cannot exist. */
export const ID_MAX = 2_147_483_647;

const HORS_BORNES = 'Identifiant inconnu : entier de 1 à 2147483647 attendu.';

/** An id in a JSON body (`structureId`, `ids`…). */
export const IdSchema = z.number().int().positive().max(ID_MAX, HORS_BORNES);
/** An id in a path or query string, where it arrives as text. */
export const IdTexteSchema = z.coerce.number().int().positive().max(ID_MAX, HORS_BORNES);

/** Control characters (NUL included): no file system, database or header takes them in a name. */
const CARACTERE_DE_CONTROLE = /\p{Cc}/u;

/** The name of an uploaded file, as the browser sends it. */
export const NomFichierSchema = z
  .string()
  .min(1, 'Le fichier doit avoir un nom.')
  .max(255, 'Le nom du fichier ne doit pas dépasser 255 caractères.')
  .refine((nom) => !CARACTERE_DE_CONTROLE.test(nom), 'Le nom du fichier contient des caractères interdits.');
