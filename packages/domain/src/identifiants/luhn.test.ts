import { describe, expect, it } from 'vitest';
import { calculerCleLuhn, cleLuhnValide } from './luhn.ts';

describe('cleLuhnValide', () => {
  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['0', true],
    ['18', true],
    ['19', false],
  ])('%s → %s', (chiffres, attendu) => {
    expect(cleLuhnValide(chiffres)).toBe(attendu);
  });
});

describe('calculerCleLuhn', () => {
  it.each([
    ['7992739871', 3],
    ['7328293200007', 4],
    ['73282932', 0],
  ])('clé de %s = %i', (prefixe, cle) => {
    expect(calculerCleLuhn(prefixe)).toBe(cle);
    expect(cleLuhnValide(`${prefixe}${cle}`)).toBe(true);
  });
});
