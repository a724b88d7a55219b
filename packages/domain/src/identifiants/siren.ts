import { cleLuhnValide } from './luhn.ts';
import { invalide, type ResultatValidation, valide } from './resultat-validation.ts';

/**
 * Validates a SIREN (company number): 9 digits with a Luhn key. Spaces are
 * accepted in the input (it is often printed "123 456 789") and removed.
 */
export function validerSiren(saisie: string): ResultatValidation {
  const siren = saisie.replace(/\s/g, '');
  if (!/^\d{9}$/.test(siren)) return invalide('Le SIREN doit comporter exactement 9 chiffres.');
  if (!cleLuhnValide(siren)) return invalide('Le SIREN est invalide : la clé de contrôle ne correspond pas.');
  return valide(siren);
}
