import { describe, expect, it } from 'vitest';
import {
  arrondir,
  formaterDecimal,
  MOTIF_DECIMAL_CANONIQUE,
  normaliserDecimal,
  sommeDecimaux,
  versDecimal,
} from './decimal.ts';

describe('décimaux exacts', () => {
  it.each([
    ['1234.50', '1234.5'],
    ['0201.00', '201'],
    ['-0.00', '0'],
    ['+5', '5'],
    ['.5', '0.5'],
    [' 19.0000 ', '19'],
  ])('normalise %s en %s', (texte, attendu) => {
    expect(normaliserDecimal(texte)).toBe(attendu);
    expect(attendu).toMatch(MOTIF_DECIMAL_CANONIQUE);
  });

  it.each(['1,5', '1e3', 'abc', '', '1.2.3'])('refuse « %s »', (texte) => {
    expect(normaliserDecimal(texte)).toBeNull();
  });

  it('additionne sans erreur binaire et arrondit au demi supérieur', () => {
    expect(sommeDecimaux(['0.1', '0.2'])).toBe('0.3');
    expect(arrondir(versDecimal('4.2075')).toFixed()).toBe('4.21');
    expect(arrondir(versDecimal('-4.205')).toFixed()).toBe('-4.21');
  });

  it('formate avec au moins deux décimales sans perdre de précision', () => {
    expect(formaterDecimal('12.5')).toBe('12.50');
    expect(formaterDecimal('3.3333')).toBe('3.3333');
  });
});
