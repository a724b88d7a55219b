import { invalide, type ResultatValidation, valide } from './resultat-validation.ts';

/**
 * Shape of the national part of the VAT number of each EU member state except
 * France (a French company is identified by its SIRET). Greece uses the prefix
 * EL, not its ISO code GR. Formats are those VIES documents; check digits are
 * not verified because each country has its own algorithm.
 */
const FORMATS_TVA_PAR_PAYS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/**
 * Validates the identifier of a structure of type UE_HORS_FRANCE: an intra-EU
 * VAT number with its country prefix ("DE123456789"). Spaces, dots and hyphens
 * are removed and letters upper-cased.
 */
export function validerTvaIntracommunautaire(saisie: string): ResultatValidation {
  const numero = saisie.replace(/[\s.-]/g, '').toUpperCase();
  const pays = numero.slice(0, 2);
  if (pays === 'FR') {
    return invalide('Une structure française s’identifie par son SIRET, pas par son numéro de TVA.');
  }
  const format = FORMATS_TVA_PAR_PAYS[pays];
  if (format === undefined) {
    return invalide(
      'Le numéro de TVA intracommunautaire doit commencer par le code d’un pays de l’Union européenne (ex. DE, BE, EL).',
    );
  }
  if (!format.test(numero.slice(2))) {
    return invalide(`Le numéro de TVA intracommunautaire n’a pas le format attendu pour le pays ${pays}.`);
  }
  return valide(numero);
}
