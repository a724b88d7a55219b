import { invalide, type ResultatValidation, valide } from './resultat-validation.ts';

/** Chorus Pro stores identifiers in a bounded column; 35 is the UN/CEFACT identifier length. */
export const LONGUEUR_MAXIMALE_IDENTIFIANT_LIBRE = 35;

/**
 * Validates an identifier without a national format (foreign registration
 * number, private person, company being registered): letters, digits and the
 * separators `- . /`, at most 35 characters. Spaces are removed and letters
 * upper-cased so that the same identifier is not registered twice.
 */
export function validerIdentifiantLibre(saisie: string): ResultatValidation {
  const identifiant = saisie.replace(/\s/g, '').toUpperCase();
  if (identifiant === '') return invalide('L’identifiant est obligatoire.');
  if (identifiant.length > LONGUEUR_MAXIMALE_IDENTIFIANT_LIBRE) {
    return invalide(`L’identifiant ne doit pas dépasser ${LONGUEUR_MAXIMALE_IDENTIFIANT_LIBRE} caractères.`);
  }
  if (!/^[A-Z0-9][A-Z0-9./-]*$/.test(identifiant)) {
    return invalide(
      'L’identifiant ne peut contenir que des lettres sans accent, des chiffres et les séparateurs « - », « . » et « / ».',
    );
  }
  return valide(identifiant);
}
