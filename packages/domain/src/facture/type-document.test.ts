import { describe, expect, it } from 'vitest';
import { typeDocumentDepuisCode } from './type-document.ts';

describe('typeDocumentDepuisCode', () => {
  it('classe les codes d’avoir en « avoir » et le reste en « facture »', () => {
    expect(typeDocumentDepuisCode('381')).toBe('avoir');
    expect(typeDocumentDepuisCode('261')).toBe('avoir');
    expect(typeDocumentDepuisCode('380')).toBe('facture');
    expect(typeDocumentDepuisCode('389')).toBe('facture');
    expect(typeDocumentDepuisCode(null)).toBe('facture');
  });
});
