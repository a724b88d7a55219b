import { describe, expect, it } from 'vitest';
import { validerNumeroTahiti } from './tahiti.ts';

describe('validerNumeroTahiti', () => {
  it.each([
    ['A12345001', 'A12345001'],
    ['a12345 001', 'A12345001'],
    ['123456-002', '123456002'],
  ])('accepte %j', (saisie, attendu) => {
    expect(validerNumeroTahiti(saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each(['A12345', 'A1234500', 'A123450012', 'A12345A01', 'É12345001', ''])('refuse %j', (saisie) => {
    const resultat = validerNumeroTahiti(saisie);
    expect(resultat.ok === false && resultat.message).toContain('TAHITI');
  });
});
