import { describe, expect, it } from 'vitest';
import type { TypeIdentifiantStructure } from './types-identifiant.ts';
import { estTypeIdentifiantStructure, TYPES_IDENTIFIANT_STRUCTURE } from './types-identifiant.ts';
import { validerIdentifiantStructure } from './valider-identifiant.ts';

describe('validerIdentifiantStructure', () => {
  const cas: ReadonlyArray<[TypeIdentifiantStructure, string, string, string]> = [
    ['SIRET', '732 829 320 00074', '73282932000074', '73282932000075'],
    ['UE_HORS_FRANCE', 'de123456789', 'DE123456789', 'FR12345678901'],
    ['RIDET', '1234567.001', '1234567001', '1234567'],
    ['TAHITI', 'a12345-001', 'A12345001', 'A12345'],
    ['HORS_UE', 'che-123.456.789', 'CHE-123.456.789', ''],
    ['AUTRE', 'en cours 42', 'ENCOURS42', 'é'],
    ['PARTICULIER', 'dupont-jean', 'DUPONT-JEAN', '_'],
  ];

  it('couvre chaque type d’identifiant', () => {
    expect(cas.map(([type]) => type).sort()).toEqual([...TYPES_IDENTIFIANT_STRUCTURE].sort());
  });

  it.each(cas)('%s : valide et normalise', (type, saisie, attendu) => {
    expect(validerIdentifiantStructure(type, saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each(cas)('%s : refuse une valeur invalide', (type, _saisie, _attendu, invalide) => {
    expect(validerIdentifiantStructure(type, invalide).ok).toBe(false);
  });

  it('un SIRET n’est pas accepté comme RIDET ni un RIDET comme SIRET', () => {
    expect(validerIdentifiantStructure('RIDET', '73282932000074').ok).toBe(false);
    expect(validerIdentifiantStructure('SIRET', '1234567001').ok).toBe(false);
  });
});

describe('estTypeIdentifiantStructure', () => {
  it('reconnaît les types connus et rien d’autre', () => {
    expect(estTypeIdentifiantStructure('SIRET')).toBe(true);
    expect(estTypeIdentifiantStructure('PARTICULIER')).toBe(true);
    expect(estTypeIdentifiantStructure('siret')).toBe(false);
    expect(estTypeIdentifiantStructure('SIREN')).toBe(false);
  });
});
