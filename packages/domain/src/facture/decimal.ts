import { Decimal } from 'decimal.js';
import type { ValeurDecimale } from './facture-normalisee.ts';

/** Canonical form produced by `normaliserDecimal` (and required by the contract schema). */
export const MOTIF_DECIMAL_CANONIQUE = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

const MOTIF_DECIMAL_XML = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Canonical decimal string from an XML decimal ("0201.50" → "201.5", "-0.00" → "0"),
 * or `null` when the text is not an xsd:decimal (exponents and commas are refused).
 */
export function normaliserDecimal(texte: string): ValeurDecimale | null {
  const brut = texte.trim();
  if (!MOTIF_DECIMAL_XML.test(brut)) return null;
  const valeur = new Decimal(brut);
  return valeur.isZero() ? '0' : valeur.toFixed();
}

/** Exact decimal from a model value. */
export function versDecimal(valeur: ValeurDecimale): Decimal {
  return new Decimal(valeur);
}

/** Canonical string of a computed decimal. */
export function depuisDecimal(valeur: Decimal): ValeurDecimale {
  return valeur.isZero() ? '0' : valeur.toFixed();
}

/** Exact sum of model values. */
export function sommeDecimaux(valeurs: readonly ValeurDecimale[]): ValeurDecimale {
  return depuisDecimal(valeurs.reduce((total, valeur) => total.plus(valeur), new Decimal(0)));
}

/** Rounds half away from zero to `decimales` places, as EN 16931 amounts are. */
export function arrondir(valeur: Decimal, decimales = 2): Decimal {
  return valeur.toDecimalPlaces(decimales, Decimal.ROUND_HALF_UP);
}

/** Number of decimal places written in a canonical value. */
export function nombreDecimales(valeur: ValeurDecimale): number {
  const point = valeur.indexOf('.');
  return point === -1 ? 0 : valeur.length - point - 1;
}

/** Fixed notation with at least `minimum` decimals, never losing precision ("12.5" → "12.50"). */
export function formaterDecimal(valeur: ValeurDecimale, minimum = 2): string {
  return new Decimal(valeur).toFixed(Math.max(minimum, nombreDecimales(valeur)));
}
