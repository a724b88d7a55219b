import { Decimal } from 'decimal.js';
import { arrondir } from '../facture/index.ts';

/** A manual-entry line as typed: decimal strings ("12.5"), `remise` an amount HT off the line. */
export interface LigneSaisie {
  quantite: string;
  prixUnitaireHt: string;
  remise?: string | null | undefined;
  tauxTva: string;
}

/** Base and VAT of one rate, amounts with two decimals ("1234.50"). */
export interface LigneRecapitulatifTva {
  taux: string;
  baseHt: string;
  montantTva: string;
}

export interface TotauxSaisie {
  /** Net amount of each line, in input order. */
  montantsLignes: string[];
  /** One row per VAT rate, highest rate first. */
  recapitulatifTva: LigneRecapitulatifTva[];
  montantHt: string;
  montantTva: string;
  montantTtc: string;
}

const montant = (valeur: Decimal): string => valeur.toFixed(2);

/** Rate written without superfluous zeros ("20", "5.5"), so that "20.0" and "20" share a row. */
const tauxCanonique = (taux: string): string => new Decimal(taux).toFixed();

/**
 * Totals of a manual entry with exact decimals: each line is quantity × unit price − discount,
 * rounded to the cent; VAT is computed once per rate on the sum of its lines (EN 16931 BR-CO-17),
 * rounded half away from zero. The API and the web form share it, so the figures shown while
 * typing are the ones stored.
 */
export function calculerTotaux(lignes: readonly LigneSaisie[]): TotauxSaisie {
  const montantsLignes = lignes.map((ligne) =>
    arrondir(new Decimal(ligne.quantite).times(ligne.prixUnitaireHt).minus(ligne.remise || 0)),
  );
  const basesParTaux = new Map<string, Decimal>();
  lignes.forEach((ligne, i) => {
    const taux = tauxCanonique(ligne.tauxTva);
    basesParTaux.set(taux, (basesParTaux.get(taux) ?? new Decimal(0)).plus(montantsLignes[i] ?? 0));
  });
  const recapitulatif = [...basesParTaux]
    .sort(([a], [b]) => new Decimal(b).comparedTo(a))
    .map(([taux, base]) => ({ taux, base, tva: arrondir(base.times(taux).dividedBy(100)) }));
  const montantHt = recapitulatif.reduce((total, r) => total.plus(r.base), new Decimal(0));
  const montantTva = recapitulatif.reduce((total, r) => total.plus(r.tva), new Decimal(0));

  return {
    montantsLignes: montantsLignes.map(montant),
    recapitulatifTva: recapitulatif.map((r) => ({
      taux: r.taux,
      baseHt: montant(r.base),
      montantTva: montant(r.tva),
    })),
    montantHt: montant(montantHt),
    montantTva: montant(montantTva),
    montantTtc: montant(montantHt.plus(montantTva)),
  };
}
