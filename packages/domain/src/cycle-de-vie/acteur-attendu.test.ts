import { describe, expect, it } from 'vitest';
import { acteurAttendu } from './acteur-attendu.ts';
import { ACTEURS_FACTURE } from './acteurs.ts';
import { actionsPossibles } from './appliquer-action.ts';
import { STATUTS_FACTURE, type StatutFacture } from './statuts.ts';

describe('acteurAttendu', () => {
  it.each([
    ['BROUILLON', 'FOURNISSEUR'],
    ['A_VALIDER_1', 'VALIDEUR'],
    ['ERREUR_FOURNISSEUR_SUR_VALIDEUR', 'FOURNISSEUR'],
    ['REFUSEE_1', null],
    ['VALIDEE_1', 'PLATEFORME'],
    ['ABSENCE_VALIDATION_1_HORS_DELAI', 'PLATEFORME'],
    ['DEPOSEE', 'PLATEFORME'],
    ['EN_COURS_ACHEMINEMENT', 'PLATEFORME'],
    ['MISE_A_DISPOSITION', 'DESTINATAIRE'],
    ['PRISE_EN_COMPTE_DESTINATAIRE', 'DESTINATAIRE'],
    ['COMPLETEE', 'DESTINATAIRE'],
    ['SUSPENDUE', 'FOURNISSEUR'],
    ['A_RECYCLER', 'FOURNISSEUR'],
    ['REJETEE', 'FOURNISSEUR'],
    ['SERVICE_FAIT', 'DESTINATAIRE'],
    ['MANDATEE', 'DESTINATAIRE'],
    ['MISE_A_DISPOSITION_COMPTABLE', 'DESTINATAIRE'],
    ['COMPTABILISEE', 'DESTINATAIRE'],
    ['MISE_EN_PAIEMENT', null],
    ['ABANDONNEE', null],
    ['SUPPRIMEE', null],
  ] as const)('%s → %s', (statut, acteur) => {
    expect(acteurAttendu(statut)).toBe(acteur);
  });

  it.each(STATUTS_FACTURE)('%s : cohérent avec les actions possibles', (statut: StatutFacture) => {
    const acteur = acteurAttendu(statut);
    if (acteur === null) {
      for (const quiconque of ACTEURS_FACTURE) expect(actionsPossibles(statut, quiconque)).toEqual([]);
    } else {
      expect(actionsPossibles(statut, acteur).length).toBeGreaterThan(0);
    }
  });

  it('rejette une valeur hors du type (donnée corrompue)', () => {
    expect(() => acteurAttendu('AFFACTUREE' as StatutFacture)).toThrow(
      'Statut de facture inconnu : AFFACTUREE',
    );
  });
});
