import { invalide, type ResultatValidation, valide } from './resultat-validation.ts';

/**
 * Validates a numéro TAHITI (French Polynesia's company register, kept by the
 * ISPF): 6 alphanumeric characters for the company followed by 3 digits for the
 * establishment. Spaces, dots and hyphens are removed and letters upper-cased.
 */
export function validerNumeroTahiti(saisie: string): ResultatValidation {
  const numero = saisie.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{6}\d{3}$/.test(numero)) {
    return invalide(
      'Le numéro TAHITI doit comporter 6 caractères pour l’entreprise suivis de 3 chiffres pour l’établissement, ex. A12345001.',
    );
  }
  return valide(numero);
}
