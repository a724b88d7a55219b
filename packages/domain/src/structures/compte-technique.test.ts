import { describe, expect, it } from 'vitest';
import {
  compteTechniqueAccedeA,
  expirationMotDePasseCompteTechnique,
  refusCompteTechnique,
} from './compte-technique.ts';

describe('comptes techniques', () => {
  const maintenant = new Date('2026-12-03T10:00:00Z');

  it('makes the password expire 424 days after it is set', () => {
    expect(expirationMotDePasseCompteTechnique(maintenant).toISOString()).toBe('2028-01-31T10:00:00.000Z');
  });

  it('refuses a disabled account, then an expired password, and accepts a valid one', () => {
    const valide = { desactive: false, motDePasseExpireLe: new Date('2027-01-01'), espaces: [] };
    expect(refusCompteTechnique(valide, maintenant)).toBeNull();
    expect(refusCompteTechnique({ ...valide, motDePasseExpireLe: maintenant }, maintenant)).toBe(
      'MOT_DE_PASSE_EXPIRE',
    );
    expect(refusCompteTechnique({ ...valide, desactive: true }, maintenant)).toBe('DESACTIVE');
  });

  it('reaches only the espaces it was granted', () => {
    const compte = { espaces: ['FACTURES_EMISES'] };
    expect(compteTechniqueAccedeA(compte, 'FACTURES_EMISES')).toBe(true);
    expect(compteTechniqueAccedeA(compte, 'FACTURES_RECUES')).toBe(false);
  });
});
