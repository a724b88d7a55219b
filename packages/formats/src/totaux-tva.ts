import type { ValeursLues } from './valeurs-lues.ts';
import type { NoeudXml } from './xml/arbre-xml.ts';
import { attribut, texteNoeud } from './xml/lecteur-xml.ts';

/**
 * BT-110 and BT-111 from the VAT totals repeated per currency (CII TaxTotalAmount, UBL
 * TaxTotal/TaxAmount): chosen by `currencyID`, never by position.
 */
export function totauxTvaParDevise(
  montants: readonly NoeudXml[],
  devise: string | null,
  deviseComptable: string | null,
  v: ValeursLues,
): [string | null, string | null] {
  const deviseDe = (n: NoeudXml): string | null => attribut(n, 'currencyID');
  const comptable =
    deviseComptable !== null && deviseComptable !== devise
      ? montants.find((n) => deviseDe(n) === deviseComptable)
      : undefined;
  const autres = montants.filter((n) => n !== comptable);
  const principal = autres.find((n) => deviseDe(n) === null || deviseDe(n) === devise) ?? autres[0];
  return [
    v.decimal(texteNoeud(principal), 'TaxTotalAmount'),
    v.decimal(texteNoeud(comptable), 'TaxTotalAmount (devise comptable)'),
  ];
}
