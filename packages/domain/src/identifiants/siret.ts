import { cleLuhnValide } from './luhn.ts';
import { invalide, type ResultatValidation, valide } from './resultat-validation.ts';

/**
 * La Poste's SIREN: its thousands of establishments outgrew the Luhn key, so
 * INSEE checks their SIRET with a different rule (sum of digits multiple of 5).
 */
export const SIREN_LA_POSTE = '356000000';

/** The SIREN (company) part of a SIRET (establishment): its first 9 digits. */
export function sirenDe(siret: string): string {
  return siret.replace(/\s/g, '').slice(0, 9);
}

function sommeDesChiffres(chiffres: string): number {
  return [...chiffres].reduce((somme, chiffre) => somme + Number(chiffre), 0);
}

/** True when the 14-digit SIRET passes INSEE's key check (Luhn, or La Poste's own rule). */
export function cleSiretValide(siret: string): boolean {
  if (siret.startsWith(SIREN_LA_POSTE)) return sommeDesChiffres(siret) % 5 === 0;
  return cleLuhnValide(siret);
}

/**
 * Validates a SIRET (establishment number): 14 digits whose key is valid.
 * Spaces are accepted in the input ("123 456 789 00012") and removed.
 */
export function validerSiret(saisie: string): ResultatValidation {
  const siret = saisie.replace(/\s/g, '');
  if (!/^\d{14}$/.test(siret)) return invalide('Le SIRET doit comporter exactement 14 chiffres.');
  if (!cleSiretValide(siret)) {
    return invalide('Le SIRET est invalide : la clé de contrôle ne correspond pas.');
  }
  return valide(siret);
}
