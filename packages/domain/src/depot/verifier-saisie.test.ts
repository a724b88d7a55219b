import { describe, expect, it } from 'vitest';
import { type SaisieDepot, verifierSaisie } from './verifier-saisie.ts';

const complete: SaisieDepot = {
  numero: 'F-1',
  dateFacture: '2026-01-10',
  type: 'FACTURE',
  factureOrigine: null,
  montantHt: '100.00',
  montantTva: '20.00',
  montantTtc: '120.00',
  montantAPayer: '120.00',
  recapitulatifTva: [{ taux: '20', baseHt: '100.00', montantTva: '20.00' }],
};
const codes = (saisie: Partial<SaisieDepot>) =>
  verifierSaisie({ ...complete, ...saisie }, '2026-02-01').map((p) => `${p.champ}:${p.code}`);

describe('verifierSaisie', () => {
  it('accepte une saisie complète et cohérente', () => {
    expect(codes({})).toEqual([]);
  });
  it('exige numéro, date et montants', () => {
    expect(codes({ numero: ' ', dateFacture: null, montantAPayer: null })).toEqual([
      'identification.numero:CHAMP_OBLIGATOIRE',
      'identification.dateFacture:CHAMP_OBLIGATOIRE',
      'montants.montantAPayer:CHAMP_OBLIGATOIRE',
    ]);
  });
  it('refuse une date de facture postérieure au dépôt, accepte le jour même', () => {
    expect(codes({ dateFacture: '2026-02-02' })).toEqual(['identification.dateFacture:DATE_FACTURE_FUTURE']);
    expect(codes({ dateFacture: '2026-02-01' })).toEqual([]);
  });
  it('exige la facture d’origine d’un avoir', () => {
    expect(codes({ type: 'AVOIR' })).toEqual(['references.factureOrigine:FACTURE_ORIGINE_OBLIGATOIRE']);
    expect(codes({ type: 'AVOIR', factureOrigine: 'F-0' })).toEqual([]);
  });
  it('refuse des totaux incohérents', () => {
    expect(codes({ montantTtc: '121.00', montantAPayer: '121.00' })).toEqual([
      'montants.montantTtc:TOTAUX_INCOHERENTS',
    ]);
    expect(codes({ montantAPayer: '130' })).toEqual(['montants.montantAPayer:TOTAUX_INCOHERENTS']);
  });
  it('contrôle le récapitulatif de TVA, ligne par ligne et en somme', () => {
    expect(
      codes({
        recapitulatifTva: [{ taux: '20', baseHt: '100.00', montantTva: '19.00' }],
        montantTva: '19.00',
        montantTtc: '119.00',
        montantAPayer: '119.00',
      }),
    ).toEqual(['recapitulatifTva.0.montantTva:RECAPITULATIF_TVA_INCOHERENT']);
    expect(codes({ recapitulatifTva: [{ taux: '20', baseHt: '90.00', montantTva: '18.00' }] })).toEqual([
      'recapitulatifTva:RECAPITULATIF_TVA_INCOHERENT',
      'recapitulatifTva:RECAPITULATIF_TVA_INCOHERENT',
    ]);
  });
  it('tolère un centime d’écart d’arrondi par taux', () => {
    expect(
      codes({
        recapitulatifTva: [{ taux: '20', baseHt: '100.00', montantTva: '20.01' }],
        montantTva: '20.01',
        montantTtc: '120.01',
        montantAPayer: '120.01',
      }),
    ).toEqual([]);
  });
});
