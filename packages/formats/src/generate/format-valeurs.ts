import { formaterDecimal, type ValeurDecimale } from '@choral/domain/facture';

/** Amounts with at least 2 decimals ("12.5" → "12.50"), never losing precision. */
export function montant(valeur: ValeurDecimale | null): string | null {
  return valeur === null ? null : formaterDecimal(valeur, 2);
}

/** `YYYY-MM-DD` → CII format 102 `YYYYMMDD`; other forms are written as they are. */
export function dateCii(date: string | null): string | null {
  return date === null ? null : date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1$2$3');
}
