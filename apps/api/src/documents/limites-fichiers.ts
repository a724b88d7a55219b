import { ErreurMetier } from '@choral/domain/erreurs';

const MO = 1024 * 1024;

/** The deposited invoice file: 120 MB at most. */
export const TAILLE_MAX_FACTURE = 120 * MO;
/** Each attachment must stay under 10 MB (Chorus Pro answers error 20003 above). */
export const TAILLE_MAX_PIECE_JOINTE = 10 * MO;
/** The invoice and all its attachments: 120 MB at most. */
export const TAILLE_MAX_TOTALE = 120 * MO;

/** A file over `tailleMax` bytes, located on the form's file field. */
export function tropVolumineux(tailleMax: number): ErreurMetier {
  return new ErreurMetier(
    'FICHIER_TROP_VOLUMINEUX',
    `Le fichier dépasse la taille maximale autorisée (${Math.round(tailleMax / MO)} Mo).`,
    {
      motif: 'FICHIER_TROP_VOLUMINEUX',
      champs: [{ champ: '/fichier', message: 'Fichier trop volumineux.' }],
    },
  );
}
