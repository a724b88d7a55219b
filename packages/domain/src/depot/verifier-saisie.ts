import { Decimal } from 'decimal.js';
import { arrondir } from '../facture/index.ts';
import type { LigneRecapitulatifTva } from './calculer-totaux.ts';
import type { ChampDepot, CodeProblemeDepot, ProblemeDepot } from './probleme-depot.ts';

/** The deposit form's own data, as checked at submission (amounts as decimal strings). */
export interface SaisieDepot {
  numero: string | null;
  /** YYYY-MM-DD */
  dateFacture: string | null;
  type: 'FACTURE' | 'AVOIR';
  factureOrigine: string | null;
  montantHt: string | null;
  montantTva: string | null;
  montantTtc: string | null;
  montantAPayer: string | null;
  recapitulatifTva: readonly LigneRecapitulatifTva[];
}

/** Tolerance on one VAT row: the amount may be rounded either way on the last cent. */
const TOLERANCE_TVA = new Decimal('0.01');

function probleme(code: CodeProblemeDepot, champ: ChampDepot, message: string): ProblemeDepot {
  return { code, champ, message };
}

function vide(valeur: string | null): boolean {
  return (valeur ?? '').trim() === '';
}

const euros = (valeur: Decimal): string => valeur.toFixed(2);

function problemesObligatoires(saisie: SaisieDepot): ProblemeDepot[] {
  const obligatoires: [ChampDepot, string | null, string][] = [
    ['identification.numero', saisie.numero, 'Le numéro de facture est obligatoire.'],
    ['identification.dateFacture', saisie.dateFacture, 'La date de facture est obligatoire.'],
    ['montants.montantHt', saisie.montantHt, 'Le montant HT est obligatoire.'],
    ['montants.montantTva', saisie.montantTva, 'Le montant de TVA est obligatoire.'],
    ['montants.montantTtc', saisie.montantTtc, 'Le montant TTC est obligatoire.'],
    ['montants.montantAPayer', saisie.montantAPayer, 'Le montant à payer est obligatoire.'],
  ];
  return obligatoires
    .filter(([, valeur]) => vide(valeur))
    .map(([champ, , message]) => probleme('CHAMP_OBLIGATOIRE', champ, message));
}

function problemesRecapitulatif(
  recapitulatif: readonly LigneRecapitulatifTva[],
  ht: Decimal,
  tva: Decimal,
): ProblemeDepot[] {
  if (recapitulatif.length === 0) return [];
  const problemes: ProblemeDepot[] = [];
  recapitulatif.forEach((ligne, i) => {
    const attendu = arrondir(new Decimal(ligne.baseHt).times(ligne.taux).dividedBy(100));
    if (attendu.minus(ligne.montantTva).abs().greaterThan(TOLERANCE_TVA)) {
      problemes.push(
        probleme(
          'RECAPITULATIF_TVA_INCOHERENT',
          `recapitulatifTva.${i}.montantTva`,
          `La TVA à ${ligne.taux} % sur une base de ${ligne.baseHt} devrait être ${euros(attendu)}.`,
        ),
      );
    }
  });
  const bases = recapitulatif.reduce((total, l) => total.plus(l.baseHt), new Decimal(0));
  const taxes = recapitulatif.reduce((total, l) => total.plus(l.montantTva), new Decimal(0));
  if (!bases.equals(ht)) {
    problemes.push(
      probleme(
        'RECAPITULATIF_TVA_INCOHERENT',
        'recapitulatifTva',
        `La somme des bases du récapitulatif de TVA (${euros(bases)}) diffère du montant HT (${euros(ht)}).`,
      ),
    );
  }
  if (!taxes.equals(tva)) {
    problemes.push(
      probleme(
        'RECAPITULATIF_TVA_INCOHERENT',
        'recapitulatifTva',
        `La somme de la TVA du récapitulatif (${euros(taxes)}) diffère du montant de TVA (${euros(tva)}).`,
      ),
    );
  }
  return problemes;
}

function problemesMontants(saisie: SaisieDepot): ProblemeDepot[] {
  const { montantHt, montantTva, montantTtc, montantAPayer } = saisie;
  if (vide(montantHt) || vide(montantTva) || vide(montantTtc) || vide(montantAPayer)) return [];
  const ht = new Decimal(montantHt as string);
  const tva = new Decimal(montantTva as string);
  const ttc = new Decimal(montantTtc as string);
  const problemes: ProblemeDepot[] = [];
  if (!ht.plus(tva).equals(ttc)) {
    problemes.push(
      probleme(
        'TOTAUX_INCOHERENTS',
        'montants.montantTtc',
        `Le montant TTC (${euros(ttc)}) doit être égal au montant HT plus la TVA (${euros(ht.plus(tva))}).`,
      ),
    );
  }
  if (new Decimal(montantAPayer as string).abs().greaterThan(ttc.abs())) {
    problemes.push(
      probleme(
        'TOTAUX_INCOHERENTS',
        'montants.montantAPayer',
        'Le montant à payer ne peut pas dépasser le montant TTC.',
      ),
    );
  }
  return [...problemes, ...problemesRecapitulatif(saisie.recapitulatifTva, ht, tva)];
}

/**
 * Checks the deposit form at submission: mandatory identification and amounts, invoice date
 * not after the deposit day, original invoice of a credit note, and consistent totals
 * (TTC = HT + TVA, amount due within TTC, VAT summary adding up to the totals, each rate's VAT
 * within a cent of base × rate). Returns every problem found; empty means the form is complete.
 */
export function verifierSaisie(saisie: SaisieDepot, aujourdhui: string): ProblemeDepot[] {
  const problemes = problemesObligatoires(saisie);
  if (saisie.dateFacture !== null && saisie.dateFacture > aujourdhui) {
    problemes.push(
      probleme(
        'DATE_FACTURE_FUTURE',
        'identification.dateFacture',
        'La date de facture ne peut pas être postérieure à la date du dépôt.',
      ),
    );
  }
  if (saisie.type === 'AVOIR' && vide(saisie.factureOrigine)) {
    problemes.push(
      probleme(
        'FACTURE_ORIGINE_OBLIGATOIRE',
        'references.factureOrigine',
        'Un avoir doit indiquer le numéro de la facture d’origine.',
      ),
    );
  }
  return [...problemes, ...problemesMontants(saisie)];
}
