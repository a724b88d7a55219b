import { describe, expect, it } from 'vitest';
import {
  etatFinalFlux,
  FORMAT_NUMERO_FLUX,
  formatConforme,
  libelleSyntaxeFlux,
  numeroFlux,
  OCTETS_NUMERO_FLUX,
} from './index.ts';

describe('flux', () => {
  it('numbers a flux CPP + 22 digits from random bytes, refusing too few of them', () => {
    const alea = Uint8Array.from({ length: OCTETS_NUMERO_FLUX }, (_, i) => (i * 37) % 256);
    expect(numeroFlux(alea)).toMatch(FORMAT_NUMERO_FLUX);
    expect(() => numeroFlux(new Uint8Array(10))).toThrow(RangeError);
    expect(() => numeroFlux(new Uint8Array(40).fill(255))).toThrow(RangeError);
  });

  it('tells the outcome from the integrated and rejected invoices', () => {
    expect(etatFinalFlux(3, 0)).toBe('IN_INTEGRE');
    expect(etatFinalFlux(2, 1)).toBe('IN_INTEGRE_PARTIEL');
    expect(etatFinalFlux(0, 2)).toBe('IN_REJETE');
    expect(etatFinalFlux(0, 0)).toBe('IN_REJETE');
  });

  it('checks the file against the declared syntax', () => {
    expect(formatConforme('IN_DP_E1_UBL_INVOICE', 'ubl-invoice')).toBe(true);
    expect(formatConforme('IN_DP_E1_UBL_INVOICE', 'cii')).toBe(false);
    expect(formatConforme('IN_DP_E1_CII_16B', 'cii')).toBe(true);
    expect(formatConforme('IN_DP_E2_CII_FACTURX', 'factur-x')).toBe(true);
    expect(formatConforme('IN_DP_E2_CII_FACTURX', 'pdf-simple')).toBe(false);
  });

  it('names a syntax as the portal does, and an unknown one by its code', () => {
    expect(libelleSyntaxeFlux('IN_DP_E1_CII_16B')).toBe('Flux structuré (E1) — CII 16B');
    expect(libelleSyntaxeFlux('IN_DP_E3_PES')).toBe('IN_DP_E3_PES');
  });
});
