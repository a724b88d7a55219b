import { describe, expect, it } from 'vitest';
import { FORMAT_NUMERO_PORTAIL, numeroPortail } from './numero-portail.ts';

describe('numeroPortail', () => {
  it('writes the year and 40 bits in Crockford base 32, grouped by four', () => {
    expect(numeroPortail(2026, Uint8Array.of(0, 0, 0, 0, 0))).toBe('CHO-2026-0000-0000');
    expect(numeroPortail(2026, Uint8Array.of(255, 255, 255, 255, 255))).toBe('CHO-2026-ZZZZ-ZZZZ');
    expect(numeroPortail(2027, Uint8Array.of(0, 0, 0, 0, 33))).toBe('CHO-2027-0000-0011');
  });

  it('matches its published format and never uses I, L, O or U', () => {
    for (let i = 0; i < 200; i++) {
      const alea = Uint8Array.from({ length: 5 }, () => Math.floor(Math.random() * 256));
      const numero = numeroPortail(2026, alea);
      expect(numero).toMatch(FORMAT_NUMERO_PORTAIL);
      expect(numero.slice(9)).not.toMatch(/[ILOU]/);
    }
  });

  it('refuses too few random bytes', () => {
    expect(() => numeroPortail(2026, Uint8Array.of(1, 2))).toThrow(RangeError);
  });
});
