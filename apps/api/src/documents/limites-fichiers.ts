const MO = 1024 * 1024;

/** The deposited invoice file: 120 MB at most. */
export const TAILLE_MAX_FACTURE = 120 * MO;
/** Each attachment must stay under 10 MB (Chorus Pro answers error 20003 above). */
export const TAILLE_MAX_PIECE_JOINTE = 10 * MO;
/** The invoice and all its attachments: 120 MB at most. */
export const TAILLE_MAX_TOTALE = 120 * MO;
