import { describe, expect, it } from 'vitest';
import { type ContexteValideur, verifierValideur } from './verifier-valideur.ts';

/** An A9 naming an active titulaire: passes; each test changes what it is about. */
function contexte(modifications: Partial<ContexteValideur> = {}): ContexteValideur {
  return {
    cadre: 'A9',
    identifiant: '11111111100011',
    structure: { id: 2, estActive: true },
    codeService: null,
    service: null,
    fournisseurId: 1,
    ...modifications,
  };
}

const codes = (c: ContexteValideur) => verifierValideur(c).map((p) => [p.code, p.champ]);

describe('verifierValideur', () => {
  it.each(['A9', 'A12'])('%s : un valideur actif suffit', (cadre) => {
    expect(verifierValideur(contexte({ cadre }))).toEqual([]);
  });

  it.each(['A9', 'A12'])('%s : le valideur est obligatoire', (cadre) => {
    expect(codes(contexte({ cadre, identifiant: '  ', structure: null }))).toEqual([
      ['VALIDEUR_OBLIGATOIRE', 'valideur.identifiant'],
    ]);
  });

  it.each(['A1', 'A2'])('%s : pas de valideur, et aucun n’est accepté', (cadre) => {
    expect(verifierValideur(contexte({ cadre, identifiant: null, structure: null }))).toEqual([]);
    expect(codes(contexte({ cadre }))).toEqual([['VALIDEUR_NON_ATTENDU', 'valideur.identifiant']]);
  });

  it('refuse un identifiant inconnu, en le citant', () => {
    expect(verifierValideur(contexte({ structure: null }))).toEqual([
      {
        code: 'VALIDEUR_INCONNU',
        champ: 'valideur.identifiant',
        message:
          'Aucune structure n’a l’identifiant « 11111111100011 » : vérifiez l’identifiant du valideur.',
      },
    ]);
  });

  it('refuse une structure inactive', () => {
    expect(codes(contexte({ structure: { id: 2, estActive: false } }))).toEqual([
      ['VALIDEUR_INACTIF', 'valideur.identifiant'],
    ]);
  });

  it('refuse le fournisseur lui-même', () => {
    expect(codes(contexte({ structure: { id: 1, estActive: true } }))).toEqual([
      ['VALIDEUR_FOURNISSEUR', 'valideur.identifiant'],
    ]);
  });

  it('vérifie le service du valideur quand il est indiqué', () => {
    expect(verifierValideur(contexte({ codeService: 'DIR', service: { estActif: true } }))).toEqual([]);
    expect(codes(contexte({ codeService: 'DIR', service: null }))).toEqual([
      ['SERVICE_VALIDEUR_INCONNU', 'valideur.codeService'],
    ]);
    expect(codes(contexte({ codeService: 'DIR', service: { estActif: false } }))).toEqual([
      ['SERVICE_VALIDEUR_INACTIF', 'valideur.codeService'],
    ]);
  });
});
