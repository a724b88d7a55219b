import { describe, expect, it } from 'vitest';
import {
  DELAI_VALIDATION_JOURS,
  limiteValidationTacite,
  MOTIFS_REFUS_VALIDATION,
  trouverMotifRefusValidation,
  validationTaciteEchue,
} from './validation.ts';

describe('motifs de refus du valideur', () => {
  it('ont chacun un id, un code et un libellé uniques', () => {
    for (const cle of ['id', 'code', 'libelle'] as const) {
      expect(new Set(MOTIFS_REFUS_VALIDATION.map((m) => m[cle])).size).toBe(MOTIFS_REFUS_VALIDATION.length);
    }
  });

  it('se retrouvent par leur code', () => {
    expect(trouverMotifRefusValidation('DOUBLON')?.libelle).toBe('Facture déjà présentée');
    expect(trouverMotifRefusValidation('doublon')).toBeUndefined();
  });
});

describe('validation tacite', () => {
  const depot = new Date('2026-03-01T10:00:00Z');

  it('intervient au bout de 15 jours, pas avant', () => {
    expect(DELAI_VALIDATION_JOURS).toBe(15);
    expect(validationTaciteEchue(depot, new Date('2026-03-16T09:59:59Z'))).toBe(false);
    expect(validationTaciteEchue(depot, new Date('2026-03-16T10:00:00Z'))).toBe(true);
  });

  it('la limite est 15 jours avant maintenant', () => {
    expect(limiteValidationTacite(new Date('2026-03-16T10:00:00Z'))).toEqual(depot);
  });
});
