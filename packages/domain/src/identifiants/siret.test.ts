import { describe, expect, it } from 'vitest';
import { cleSiretValide, sirenDe, validerSiret } from './siret.ts';

describe('validerSiret', () => {
  it.each([
    ['73282932000074', '73282932000074'],
    ['552 081 317 66522', '55208131766522'],
    [' 443 061 841 00047 ', '44306184100047'],
  ])('accepte %j et le normalise en %s', (saisie, attendu) => {
    expect(validerSiret(saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each([
    ['7328293200007', 'exactement 14 chiffres'],
    ['732829320000745', 'exactement 14 chiffres'],
    ['7328293200007A', 'exactement 14 chiffres'],
    ['', 'exactement 14 chiffres'],
    ['73282932000075', 'clé de contrôle'],
    ['12345678901234', 'clé de contrôle'],
    // Sandbox-style fake identifiers do not carry a valid key.
    ['00000000013456', 'clé de contrôle'],
  ])('refuse %j', (saisie, extrait) => {
    const resultat = validerSiret(saisie);
    expect(resultat.ok).toBe(false);
    expect(resultat.ok === false && resultat.message).toContain(extrait);
  });

  describe('La Poste (SIREN 356000000)', () => {
    it('accepte un SIRET dont la somme des chiffres est un multiple de 5, même sans clé de Luhn', () => {
      expect(validerSiret('35600000000010')).toEqual({ ok: true, valeur: '35600000000010' });
      expect(validerSiret('356 000 000 00015').ok).toBe(true);
    });

    it('refuse un SIRET dont la somme des chiffres n’est pas un multiple de 5, même avec une clé de Luhn valide', () => {
      // 35600000000048 passes Luhn, but its digit sum is 26.
      expect(cleSiretValide('35600000000048')).toBe(false);
      expect(validerSiret('35600000000048').ok).toBe(false);
    });
  });
});

describe('sirenDe', () => {
  it('extrait les 9 premiers chiffres, espaces ignorés', () => {
    expect(sirenDe('73282932000074')).toBe('732829320');
    expect(sirenDe('552 081 317 66522')).toBe('552081317');
  });
});
