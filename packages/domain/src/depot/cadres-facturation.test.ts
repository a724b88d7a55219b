import { describe, expect, it } from 'vitest';
import {
  CADRE_FACTURATION_PAR_DEFAUT,
  CADRES_FACTURATION,
  cadresProposes,
  trouverCadreFacturation,
} from './cadres-facturation.ts';

const codes = (cadres: readonly { code: string }[]) => cadres.map((cadre) => cadre.code);

describe('CADRES_FACTURATION', () => {
  it('liste les cadres A1 à A25 dans l’ordre, une fois chacun', () => {
    expect(codes(CADRES_FACTURATION)).toEqual(Array.from({ length: 25 }, (_, i) => `A${i + 1}`));
  });

  it('associe à chaque code la valeur de l’API qui le préfixe', () => {
    for (const cadre of CADRES_FACTURATION) expect(cadre.valeurApi.startsWith(`${cadre.code}_`)).toBe(true);
  });

  it('seules les factures de sous-traitant et de cotraitant passent par un valideur', () => {
    expect(codes(CADRES_FACTURATION.filter((cadre) => cadre.avecValideur))).toEqual(['A9', 'A12']);
  });

  it.each([
    ['A1', 'FACTURE', 'FOURNISSEUR'],
    ['A2', 'FACTURE', 'FOURNISSEUR'],
    ['A3', 'MEMOIRE_JUSTICE', 'FOURNISSEUR'],
    ['A9', 'FACTURE', 'SOUS_TRAITANT'],
    ['A12', 'FACTURE', 'COTRAITANT'],
    ['A15', 'FACTURE_TRAVAUX', 'MOE'],
    ['A20', 'FACTURE_TRAVAUX', 'MOA'],
    ['A21', 'DEMANDE_REMBOURSEMENT_TIC', 'BENEFICIAIRE'],
    ['A25', 'FACTURE_TRAVAUX', 'MOA'],
  ])('%s : %s déposé par %s', (code, type, deposant) => {
    expect(trouverCadreFacturation(code)).toMatchObject({ typeDemandePaiement: type, deposant });
  });
});

describe('CADRE_FACTURATION_PAR_DEFAUT', () => {
  it('est la facture de fournisseur A1', () => {
    expect(CADRE_FACTURATION_PAR_DEFAUT).toBe('A1');
    expect(trouverCadreFacturation(CADRE_FACTURATION_PAR_DEFAUT)?.valeurApi).toBe('A1_FACTURE_FOURNISSEUR');
  });
});

describe('trouverCadreFacturation', () => {
  it('trouve un cadre par son code court ou par sa valeur d’API', () => {
    expect(trouverCadreFacturation('A9')?.valeurApi).toBe('A9_FACTURE_SOUSTRAITANT');
    expect(trouverCadreFacturation('A2_FACTURE_FOURNISSEUR_DEJA_PAYEE')?.code).toBe('A2');
  });

  it.each(['A0', 'A26', 'a1', 'A1_FACTURE', ''])('ne trouve rien pour %j', (saisie) => {
    expect(trouverCadreFacturation(saisie)).toBeUndefined();
  });
});

describe('cadresProposes', () => {
  it('« Déposer une facture » propose les factures simples A1, A2, A9 et A12', () => {
    expect(codes(cadresProposes('FACTURES_EMISES'))).toEqual(['A1', 'A2', 'A9', 'A12']);
  });

  it('« Factures de travaux » propose les pièces de travaux, sans le cadre obsolète A11', () => {
    expect(codes(cadresProposes('FACTURES_TRAVAUX'))).toEqual([
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'A10',
      'A13',
      'A14',
      'A15',
      'A16',
      'A17',
      'A18',
      'A19',
      'A20',
      'A22',
      'A23',
      'A24',
      'A25',
    ]);
    expect(trouverCadreFacturation('A11')?.obsolete).toBe(true);
  });
});
