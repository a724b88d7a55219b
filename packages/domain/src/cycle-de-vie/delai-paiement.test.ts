import { describe, expect, it } from 'vitest';
import { dateDebutDelaiPaiement, type PassageStatut } from './delai-paiement.ts';

const depot: PassageStatut[] = [
  { statut: 'DEPOSEE', date: '2026-03-02 09:15' },
  { statut: 'EN_COURS_ACHEMINEMENT', date: '2026-03-02 09:16' },
];
const miseADisposition: PassageStatut = { statut: 'MISE_A_DISPOSITION', date: '2026-03-02 09:20' };

describe('dateDebutDelaiPaiement', () => {
  it('est nulle tant que la facture n’est pas mise à disposition', () => {
    expect(dateDebutDelaiPaiement([])).toBeNull();
    expect(dateDebutDelaiPaiement(depot)).toBeNull();
  });

  it('part de la mise à disposition et n’en bouge pas pendant le traitement', () => {
    expect(
      dateDebutDelaiPaiement([
        ...depot,
        miseADisposition,
        { statut: 'PRISE_EN_COMPTE_DESTINATAIRE', date: '2026-03-05 10:00' },
        { statut: 'SERVICE_FAIT', date: '2026-03-06 10:00' },
      ]),
    ).toBe('2026-03-02 09:20');
  });

  it('garde la date initiale pendant une suspension, puis repart de la complétion', () => {
    const suspendue = [
      ...depot,
      miseADisposition,
      { statut: 'SUSPENDUE', date: '2026-03-10 08:00' } as const,
    ];
    expect(dateDebutDelaiPaiement(suspendue)).toBe('2026-03-02 09:20');
    const completee = [...suspendue, { statut: 'COMPLETEE', date: '2026-03-20 14:30' } as const];
    expect(dateDebutDelaiPaiement(completee)).toBe('2026-03-20 14:30');
    expect(dateDebutDelaiPaiement([...completee, { statut: 'MANDATEE', date: '2026-03-25 11:00' }])).toBe(
      '2026-03-20 14:30',
    );
  });

  it('repart de la nouvelle mise à disposition après un recyclage', () => {
    expect(
      dateDebutDelaiPaiement([
        ...depot,
        miseADisposition,
        { statut: 'A_RECYCLER', date: '2026-03-04 09:00' },
        { statut: 'DEPOSEE', date: '2026-03-06 16:00' },
        { statut: 'EN_COURS_ACHEMINEMENT', date: '2026-03-06 16:01' },
        { statut: 'MISE_A_DISPOSITION', date: '2026-03-06 16:05' },
      ]),
    ).toBe('2026-03-06 16:05');
  });
});
