import type { TypeDocument } from './facture-normalisee.ts';

/**
 * UNTDID 1001 credit-note codes, as listed by the EN 16931 code-list rules for the UBL
 * CreditNote root. Chorus Pro treats them as "avoir"; every other code is a "facture".
 */
export const CODES_TYPE_AVOIR: ReadonlySet<string> = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '502',
  '503',
  '532',
]);

/** Document kind from BT-3. A negative 380 stays a "facture": the type code decides. */
export function typeDocumentDepuisCode(codeType: string | null): TypeDocument {
  return codeType !== null && CODES_TYPE_AVOIR.has(codeType) ? 'avoir' : 'facture';
}
