import { describe, expect, it } from 'vitest';
import { actionVersStatut } from './action-vers-statut.ts';

describe('actionVersStatut', () => {
  it('finds the recipient’s action for each status he may set', () => {
    expect(actionVersStatut('SUSPENDUE', 'DESTINATAIRE')).toBe('SUSPENDRE');
    expect(actionVersStatut('SERVICE_FAIT', 'DESTINATAIRE')).not.toBeNull();
    expect(actionVersStatut('MANDATEE', 'DESTINATAIRE')).not.toBeNull();
    expect(actionVersStatut('MISE_EN_PAIEMENT', 'DESTINATAIRE')).not.toBeNull();
  });

  it('answers null for a status the actor never sets, or an unknown one', () => {
    expect(actionVersStatut('DEPOSEE', 'DESTINATAIRE')).toBeNull();
    expect(actionVersStatut('COMPLETEE', 'DESTINATAIRE')).toBeNull();
    expect(actionVersStatut('INCONNU', 'DESTINATAIRE')).toBeNull();
  });
});
