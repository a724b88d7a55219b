/**
 * Outcome of validating a user-supplied value: the normalized value to store,
 * or a French message to show next to the field.
 */
export type ResultatValidation = { ok: true; valeur: string } | { ok: false; message: string };

/** Builds a successful validation result. */
export function valide(valeur: string): ResultatValidation {
  return { ok: true, valeur };
}

/** Builds a failed validation result. */
export function invalide(message: string): ResultatValidation {
  return { ok: false, message };
}
