import { normaliserDecimal } from '@choral/domain/facture';

/**
 * Collects the decimals read from a document. A value that is present but not a decimal
 * becomes `null` in the model and a French warning, so that reading never fails on content.
 */
export interface ValeursLues {
  decimal(texte: string | null, emplacement: string): string | null;
  readonly avertissements: string[];
}

export function creerValeursLues(): ValeursLues {
  const avertissements: string[] = [];
  return {
    avertissements,
    decimal(texte, emplacement) {
      if (texte === null) return null;
      const valeur = normaliserDecimal(texte);
      if (valeur === null) avertissements.push(`Valeur numérique illisible « ${texte} » (${emplacement}).`);
      return valeur;
    },
  };
}

/** `YYYYMMDD` (CII format 102) as `YYYY-MM-DD`; other forms are kept as written. */
export function dateIso(texte: string | null): string | null {
  if (texte === null) return null;
  const compacte = /^(\d{4})(\d{2})(\d{2})$/.exec(texte);
  return compacte ? `${compacte[1]}-${compacte[2]}-${compacte[3]}` : texte;
}
