import { describe, expect, it } from 'vitest';
import { STATUTS_FACTURE, type StatutFacture } from './statuts.ts';
import { statutCourantPourFournisseur, statutVisiblePourFournisseur } from './visibilite-fournisseur.ts';

describe('statutVisiblePourFournisseur', () => {
  it.each(STATUTS_FACTURE)('%s est visible quand la structure remonte la mise en paiement', (statut) => {
    expect(statutVisiblePourFournisseur(statut, false)).toBe(true);
  });

  it.each(STATUTS_FACTURE)('%s : seule la mise en paiement est masquée sinon', (statut) => {
    expect(statutVisiblePourFournisseur(statut, true)).toBe(statut !== 'MISE_EN_PAIEMENT');
  });
});

describe('statutCourantPourFournisseur', () => {
  const historique: StatutFacture[] = [
    'DEPOSEE',
    'EN_COURS_ACHEMINEMENT',
    'MISE_A_DISPOSITION',
    'COMPTABILISEE',
    'MISE_EN_PAIEMENT',
  ];

  it('montre le dernier statut quand la mise en paiement est remontée', () => {
    expect(statutCourantPourFournisseur(historique, false)).toBe('MISE_EN_PAIEMENT');
  });

  it('montre le dernier statut visible sinon', () => {
    expect(statutCourantPourFournisseur(historique, true)).toBe('COMPTABILISEE');
    expect(statutCourantPourFournisseur(['MISE_A_DISPOSITION', 'MISE_EN_PAIEMENT'], true)).toBe(
      'MISE_A_DISPOSITION',
    );
  });

  it('renvoie null pour un historique vide', () => {
    expect(statutCourantPourFournisseur([], false)).toBeNull();
  });
});
