import { describe, expect, it } from 'vitest';
import { ACTEURS_FACTURE, type ActeurFacture } from './acteurs.ts';
import { type ActionFacture, LISTE_ACTIONS_FACTURE } from './actions.ts';
import { actionsPossibles, appliquerAction } from './appliquer-action.ts';
import { STATUTS_FACTURE, type StatutFacture } from './statuts.ts';

// The lifecycle written status by status, independently of the action-by-action data under test.
type Permis = Partial<Record<ActeurFacture, ActionFacture[]>>;
const TRAITEMENT_DESTINATAIRE: ActionFacture[] = [
  'SUSPENDRE',
  'REJETER',
  'DEMANDER_RECYCLAGE',
  'ATTESTER_SERVICE_FAIT',
  'MANDATER',
  'METTRE_A_DISPOSITION_COMPTABLE',
  'COMPTABILISER',
  'METTRE_EN_PAIEMENT',
];
const HELIOS: ActionFacture[] = ['METTRE_A_DISPOSITION_COMPTABLE', 'METTRE_EN_PAIEMENT'];
const TABLE: Record<StatutFacture, Permis> = {
  BROUILLON: { FOURNISSEUR: ['DEPOSER', 'SOUMETTRE_A_VALIDATION', 'SUPPRIMER'] },
  A_VALIDER_1: {
    VALIDEUR: ['VALIDER', 'REFUSER_VALIDATION', 'SIGNALER_ERREUR_VALIDEUR'],
    PLATEFORME: ['VALIDER_TACITEMENT'],
  },
  ERREUR_FOURNISSEUR_SUR_VALIDEUR: { FOURNISSEUR: ['CORRIGER_VALIDEUR'] },
  REFUSEE_1: {},
  VALIDEE_1: { PLATEFORME: ['TRANSMETTRE_APRES_VALIDATION'] },
  ABSENCE_VALIDATION_1_HORS_DELAI: { PLATEFORME: ['TRANSMETTRE_APRES_VALIDATION'] },
  DEPOSEE: { PLATEFORME: ['ACHEMINER'] },
  EN_COURS_ACHEMINEMENT: { PLATEFORME: ['METTRE_A_DISPOSITION', 'REFUSER_ACHEMINEMENT'] },
  MISE_A_DISPOSITION: { DESTINATAIRE: ['PRENDRE_EN_COMPTE', ...TRAITEMENT_DESTINATAIRE], PLATEFORME: HELIOS },
  COMPLETEE: { DESTINATAIRE: ['PRENDRE_EN_COMPTE', ...TRAITEMENT_DESTINATAIRE], PLATEFORME: HELIOS },
  PRISE_EN_COMPTE_DESTINATAIRE: { DESTINATAIRE: TRAITEMENT_DESTINATAIRE, PLATEFORME: HELIOS },
  SERVICE_FAIT: {
    DESTINATAIRE: [
      'SUSPENDRE',
      'REJETER',
      'MANDATER',
      'METTRE_A_DISPOSITION_COMPTABLE',
      'COMPTABILISER',
      'METTRE_EN_PAIEMENT',
    ],
    PLATEFORME: HELIOS,
  },
  MANDATEE: {
    DESTINATAIRE: ['METTRE_A_DISPOSITION_COMPTABLE', 'COMPTABILISER', 'METTRE_EN_PAIEMENT'],
    PLATEFORME: HELIOS,
  },
  MISE_A_DISPOSITION_COMPTABLE: {
    DESTINATAIRE: ['COMPTABILISER', 'METTRE_EN_PAIEMENT'],
    PLATEFORME: ['METTRE_EN_PAIEMENT'],
  },
  COMPTABILISEE: { DESTINATAIRE: ['METTRE_EN_PAIEMENT'], PLATEFORME: ['METTRE_EN_PAIEMENT'] },
  SUSPENDUE: { FOURNISSEUR: ['COMPLETER', 'ABANDONNER'] },
  A_RECYCLER: { FOURNISSEUR: ['RECYCLER', 'ABANDONNER'] },
  REJETEE: { FOURNISSEUR: ['ACQUITTER_REJET'] },
  MISE_EN_PAIEMENT: {},
  ABANDONNEE: {},
  SUPPRIMEE: {},
};
const CIBLE: Record<ActionFacture, StatutFacture> = {
  DEPOSER: 'DEPOSEE',
  SOUMETTRE_A_VALIDATION: 'A_VALIDER_1',
  VALIDER: 'VALIDEE_1',
  REFUSER_VALIDATION: 'REFUSEE_1',
  SIGNALER_ERREUR_VALIDEUR: 'ERREUR_FOURNISSEUR_SUR_VALIDEUR',
  CORRIGER_VALIDEUR: 'A_VALIDER_1',
  VALIDER_TACITEMENT: 'ABSENCE_VALIDATION_1_HORS_DELAI',
  TRANSMETTRE_APRES_VALIDATION: 'DEPOSEE',
  SUPPRIMER: 'SUPPRIMEE',
  ACHEMINER: 'EN_COURS_ACHEMINEMENT',
  METTRE_A_DISPOSITION: 'MISE_A_DISPOSITION',
  REFUSER_ACHEMINEMENT: 'A_RECYCLER',
  PRENDRE_EN_COMPTE: 'PRISE_EN_COMPTE_DESTINATAIRE',
  SUSPENDRE: 'SUSPENDUE',
  COMPLETER: 'COMPLETEE',
  REJETER: 'REJETEE',
  ACQUITTER_REJET: 'REJETEE',
  DEMANDER_RECYCLAGE: 'A_RECYCLER',
  RECYCLER: 'DEPOSEE',
  ATTESTER_SERVICE_FAIT: 'SERVICE_FAIT',
  MANDATER: 'MANDATEE',
  METTRE_A_DISPOSITION_COMPTABLE: 'MISE_A_DISPOSITION_COMPTABLE',
  COMPTABILISER: 'COMPTABILISEE',
  METTRE_EN_PAIEMENT: 'MISE_EN_PAIEMENT',
  ABANDONNER: 'ABANDONNEE',
};
const DONNEES_COMPLETES = {
  motif: 'Pièce justificative manquante',
  numeroMandat: 'M-2026-0042',
  codeMotifRefus: 'MONTANT_ERRONE',
};

describe('table des transitions : statut × action × acteur', () => {
  it('couvre chaque statut', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...STATUTS_FACTURE].sort());
  });

  describe.each(STATUTS_FACTURE)('depuis %s', (statut) => {
    const cas = LISTE_ACTIONS_FACTURE.flatMap((action) =>
      ACTEURS_FACTURE.map(
        (acteur) => [action, acteur, TABLE[statut][acteur]?.includes(action) ?? false] as const,
      ),
    );

    it.each(cas)('%s par %s permis : %s', (action, acteur, permis) => {
      const resultat = appliquerAction(statut, action, acteur, DONNEES_COMPLETES);
      if (permis) expect(resultat).toEqual({ ok: true, statut: CIBLE[action] });
      else expect(resultat).toMatchObject({ ok: false, code: 'TRANSITION_INTERDITE' });
    });

    it.each(ACTEURS_FACTURE)('actionsPossibles pour %s', (acteur) => {
      expect([...actionsPossibles(statut, acteur)].sort()).toEqual([...(TABLE[statut][acteur] ?? [])].sort());
    });
  });
});

describe('appliquerAction', () => {
  it('parcourt le cycle complet, du brouillon à la mise en paiement', () => {
    const etapes: [ActionFacture, ActeurFacture][] = [
      ['DEPOSER', 'FOURNISSEUR'],
      ['ACHEMINER', 'PLATEFORME'],
      ['METTRE_A_DISPOSITION', 'PLATEFORME'],
      ['PRENDRE_EN_COMPTE', 'DESTINATAIRE'],
      ['SUSPENDRE', 'DESTINATAIRE'],
      ['COMPLETER', 'FOURNISSEUR'],
      ['ATTESTER_SERVICE_FAIT', 'DESTINATAIRE'],
      ['MANDATER', 'DESTINATAIRE'],
      ['METTRE_A_DISPOSITION_COMPTABLE', 'PLATEFORME'],
      ['COMPTABILISER', 'DESTINATAIRE'],
      ['METTRE_EN_PAIEMENT', 'PLATEFORME'],
    ];
    let statut: StatutFacture = 'BROUILLON';
    const parcours: StatutFacture[] = [];
    for (const [action, acteur] of etapes) {
      const resultat = appliquerAction(statut, action, acteur, DONNEES_COMPLETES);
      if (!resultat.ok) throw new Error(`${action} refusée : ${resultat.message}`);
      statut = resultat.statut;
      parcours.push(statut);
    }
    expect(parcours).toEqual([
      'DEPOSEE',
      'EN_COURS_ACHEMINEMENT',
      'MISE_A_DISPOSITION',
      'PRISE_EN_COMPTE_DESTINATAIRE',
      'SUSPENDUE',
      'COMPLETEE',
      'SERVICE_FAIT',
      'MANDATEE',
      'MISE_A_DISPOSITION_COMPTABLE',
      'COMPTABILISEE',
      'MISE_EN_PAIEMENT',
    ]);
  });

  it.each([
    ['validation expresse', ['VALIDER', 'VALIDEUR'], 'VALIDEE_1'],
    ['validation tacite', ['VALIDER_TACITEMENT', 'PLATEFORME'], 'ABSENCE_VALIDATION_1_HORS_DELAI'],
  ] as const)('A9 / A12 : après %s, la facture est déposée puis acheminée', (_, [action, acteur], valide) => {
    const etapes: [ActionFacture, ActeurFacture][] = [
      ['SOUMETTRE_A_VALIDATION', 'FOURNISSEUR'],
      ['SIGNALER_ERREUR_VALIDEUR', 'VALIDEUR'],
      ['CORRIGER_VALIDEUR', 'FOURNISSEUR'],
      [action, acteur],
      ['TRANSMETTRE_APRES_VALIDATION', 'PLATEFORME'],
      ['ACHEMINER', 'PLATEFORME'],
      ['METTRE_A_DISPOSITION', 'PLATEFORME'],
    ];
    let statut: StatutFacture = 'BROUILLON';
    const parcours: StatutFacture[] = [];
    for (const [etape, qui] of etapes) {
      const resultat = appliquerAction(statut, etape, qui);
      if (!resultat.ok) throw new Error(`${etape} refusée : ${resultat.message}`);
      statut = resultat.statut;
      parcours.push(statut);
    }
    expect(parcours).toEqual([
      'A_VALIDER_1',
      'ERREUR_FOURNISSEUR_SUR_VALIDEUR',
      'A_VALIDER_1',
      valide,
      'DEPOSEE',
      'EN_COURS_ACHEMINEMENT',
      'MISE_A_DISPOSITION',
    ]);
  });

  describe('motif de refus codé du valideur', () => {
    it.each([undefined, '', '  '])('est obligatoire pour refuser (%j)', (codeMotifRefus) => {
      expect(
        appliquerAction('A_VALIDER_1', 'REFUSER_VALIDATION', 'VALIDEUR', { codeMotifRefus, motif: 'Non' }),
      ).toEqual({
        ok: false,
        code: 'MOTIF_REFUS_OBLIGATOIRE',
        message: 'Choisissez le motif du refus dans la liste.',
      });
    });

    it('doit être un motif de la liste', () => {
      expect(
        appliquerAction('A_VALIDER_1', 'REFUSER_VALIDATION', 'VALIDEUR', { codeMotifRefus: 'HUMEUR' }),
      ).toEqual({
        ok: false,
        code: 'MOTIF_REFUS_INCONNU',
        message: 'Motif de refus inconnu « HUMEUR » : choisissez-en un dans la liste.',
      });
    });

    it('suffit à refuser, sans commentaire', () => {
      expect(
        appliquerAction('A_VALIDER_1', 'REFUSER_VALIDATION', 'VALIDEUR', { codeMotifRefus: 'DOUBLON' }),
      ).toEqual({ ok: true, statut: 'REFUSEE_1' });
    });

    it('le refus est définitif : plus aucune action, pour personne', () => {
      for (const acteur of ACTEURS_FACTURE) expect(actionsPossibles('REFUSEE_1', acteur)).toEqual([]);
    });

    it('seul le valideur valide ou refuse', () => {
      expect(appliquerAction('A_VALIDER_1', 'VALIDER', 'DESTINATAIRE')).toEqual({
        ok: false,
        code: 'TRANSITION_INTERDITE',
        message: 'L’action « Valider » ne peut être effectuée que par le valideur.',
      });
    });
  });

  describe('motif', () => {
    it.each([
      ['SUSPENDRE', undefined],
      ['SUSPENDRE', ''],
      ['REJETER', '   '],
      ['REJETER', undefined],
    ] as const)('%s exige un motif (%j)', (action, motif) => {
      expect(appliquerAction('MISE_A_DISPOSITION', action, 'DESTINATAIRE', { motif })).toEqual({
        ok: false,
        code: 'MOTIF_OBLIGATOIRE',
        message: `Un motif est obligatoire pour l’action « ${action === 'SUSPENDRE' ? 'Suspendre' : 'Rejeter'} ».`,
      });
    });

    it('le renvoi au fournisseur par l’acheminement exige un motif', () => {
      expect(appliquerAction('EN_COURS_ACHEMINEMENT', 'REFUSER_ACHEMINEMENT', 'PLATEFORME')).toMatchObject({
        ok: false,
        code: 'MOTIF_OBLIGATOIRE',
      });
    });

    it('le motif est seulement recommandé pour mettre à recycler', () => {
      expect(appliquerAction('MISE_A_DISPOSITION', 'DEMANDER_RECYCLAGE', 'DESTINATAIRE')).toEqual({
        ok: true,
        statut: 'A_RECYCLER',
      });
    });

    it('accepte 255 caractères et refuse au-delà', () => {
      const motif = 'x'.repeat(255);
      expect(appliquerAction('SERVICE_FAIT', 'REJETER', 'DESTINATAIRE', { motif }).ok).toBe(true);
      expect(
        appliquerAction('SERVICE_FAIT', 'REJETER', 'DESTINATAIRE', { motif: `${motif}x` }),
      ).toMatchObject({
        ok: false,
        code: 'MOTIF_TROP_LONG',
      });
      expect(
        appliquerAction('MISE_A_DISPOSITION', 'ATTESTER_SERVICE_FAIT', 'DESTINATAIRE', {
          motif: `${motif}x`,
        }),
      ).toMatchObject({ ok: false, code: 'MOTIF_TROP_LONG' });
    });
  });

  describe('numéro de mandat', () => {
    it.each([undefined, '', '  '])('est obligatoire pour mandater (%j)', (numeroMandat) => {
      expect(appliquerAction('SERVICE_FAIT', 'MANDATER', 'DESTINATAIRE', { numeroMandat })).toEqual({
        ok: false,
        code: 'NUMERO_MANDAT_OBLIGATOIRE',
        message: 'Le numéro de mandat est obligatoire.',
      });
    });

    it('permet de mandater quand il est fourni', () => {
      expect(appliquerAction('SERVICE_FAIT', 'MANDATER', 'DESTINATAIRE', { numeroMandat: 'M1' })).toEqual({
        ok: true,
        statut: 'MANDATEE',
      });
    });
  });

  describe('transition interdite', () => {
    it('explique qu’une action est réservée à d’autres acteurs', () => {
      expect(appliquerAction('MISE_A_DISPOSITION', 'REJETER', 'FOURNISSEUR', DONNEES_COMPLETES)).toEqual({
        ok: false,
        code: 'TRANSITION_INTERDITE',
        message: 'L’action « Rejeter » ne peut être effectuée que par le destinataire.',
      });
      expect(appliquerAction('MANDATEE', 'METTRE_EN_PAIEMENT', 'FOURNISSEUR')).toMatchObject({
        message:
          'L’action « Mettre en paiement » ne peut être effectuée que par le destinataire ou la plateforme.',
      });
    });

    it('explique qu’une action est impossible depuis le statut courant', () => {
      expect(appliquerAction('MISE_EN_PAIEMENT', 'REJETER', 'DESTINATAIRE', DONNEES_COMPLETES)).toEqual({
        ok: false,
        code: 'TRANSITION_INTERDITE',
        message: 'L’action « Rejeter » est impossible sur une facture au statut « Mise en paiement ».',
      });
    });

    it('est signalée avant un motif manquant', () => {
      expect(appliquerAction('REJETEE', 'SUSPENDRE', 'DESTINATAIRE')).toMatchObject({
        code: 'TRANSITION_INTERDITE',
      });
    });
  });
});
