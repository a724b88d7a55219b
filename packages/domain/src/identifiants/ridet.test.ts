import { describe, expect, it } from 'vitest';
import { validerRidet } from './ridet.ts';

describe('validerRidet', () => {
  it.each([
    ['1234567.001', '1234567001'],
    ['1234567001', '1234567001'],
    ['1 234 567.001', '1234567001'],
    ['123456.002', '0123456002'],
  ])('accepte %j et le normalise en %s', (saisie, attendu) => {
    expect(validerRidet(saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each(['1234567', '12345.001', '12345678.001', '1234567.01', '1234567-001', 'A234567.001', ''])(
    'refuse %j',
    (saisie) => {
      const resultat = validerRidet(saisie);
      expect(resultat.ok === false && resultat.message).toContain('RIDET');
    },
  );
});
