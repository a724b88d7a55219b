import { describe, expect, it } from 'vitest';
import { calculerTotaux } from './calculer-totaux.ts';

describe('calculerTotaux', () => {
  it('calcule lignes, récapitulatif par taux et totaux en décimaux exacts', () => {
    const totaux = calculerTotaux([
      { quantite: '3', prixUnitaireHt: '0.1', tauxTva: '20' },
      { quantite: '2', prixUnitaireHt: '10.005', remise: '1', tauxTva: '5.5' },
      { quantite: '1', prixUnitaireHt: '100', remise: '', tauxTva: '20.0' },
    ]);

    expect(totaux).toEqual({
      montantsLignes: ['0.30', '19.01', '100.00'],
      recapitulatifTva: [
        { taux: '20', baseHt: '100.30', montantTva: '20.06' },
        { taux: '5.5', baseHt: '19.01', montantTva: '1.05' },
      ],
      montantHt: '119.31',
      montantTva: '21.11',
      montantTtc: '140.42',
    });
  });

  it('arrondit la TVA par taux au demi supérieur, une seule fois', () => {
    const totaux = calculerTotaux([
      { quantite: '1', prixUnitaireHt: '0.125', tauxTva: '20' },
      { quantite: '1', prixUnitaireHt: '0.125', tauxTva: '20' },
    ]);
    expect(totaux.montantsLignes).toEqual(['0.13', '0.13']);
    expect(totaux.recapitulatifTva).toEqual([{ taux: '20', baseHt: '0.26', montantTva: '0.05' }]);
  });

  it('donne des totaux nuls sans ligne', () => {
    expect(calculerTotaux([])).toMatchObject({ montantHt: '0.00', montantTtc: '0.00', recapitulatifTva: [] });
  });
});
