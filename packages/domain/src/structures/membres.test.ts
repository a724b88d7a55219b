import { describe, expect, it } from 'vitest';
import type { MembreStructure } from './gestionnaire-principal.ts';
import { verifierDetachement, verifierModificationMembre } from './membres.ts';
import { REFUS_DE_DROIT } from './refus.ts';
import type { RoleStructure } from './roles.ts';

describe('verifierModificationMembre', () => {
  it.each([
    // acteur, membre, nouveau rôle, code attendu (null = permis)
    ['GESTIONNAIRE_PRINCIPAL', 'UTILISATEUR', 'GESTIONNAIRE_SECONDAIRE', null],
    ['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR', null],
    ['GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR', 'UTILISATEUR', null],
    ['GESTIONNAIRE_SECONDAIRE', 'GESTIONNAIRE_SECONDAIRE', 'GESTIONNAIRE_SECONDAIRE', null],
    ['GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR', 'GESTIONNAIRE_SECONDAIRE', 'PERMISSION_REFUSEE'],
    ['GESTIONNAIRE_SECONDAIRE', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR', 'PERMISSION_REFUSEE'],
    [
      'GESTIONNAIRE_PRINCIPAL',
      'GESTIONNAIRE_PRINCIPAL',
      'UTILISATEUR',
      'GESTIONNAIRE_PRINCIPAL_NON_MODIFIABLE',
    ],
    [
      'GESTIONNAIRE_SECONDAIRE',
      'GESTIONNAIRE_PRINCIPAL',
      'GESTIONNAIRE_PRINCIPAL',
      'GESTIONNAIRE_PRINCIPAL_NON_MODIFIABLE',
    ],
    ['UTILISATEUR', 'UTILISATEUR', 'UTILISATEUR', 'PERMISSION_REFUSEE'],
    [undefined, 'UTILISATEUR', 'UTILISATEUR', 'PERMISSION_REFUSEE'],
  ] as const)('%s modifie %s → %s : %s', (acteur, role, nouveau, code) => {
    const resultat = verifierModificationMembre(acteur, { role }, nouveau);
    expect(resultat).toEqual(code === null ? { ok: true } : expect.objectContaining({ ok: false, code }));
  });
});

describe('verifierDetachement', () => {
  const membres: MembreStructure[] = [
    { utilisateurId: 'gp', role: 'GESTIONNAIRE_PRINCIPAL' },
    { utilisateurId: 'gs', role: 'GESTIONNAIRE_SECONDAIRE' },
    { utilisateurId: 'gs2', role: 'GESTIONNAIRE_SECONDAIRE' },
    { utilisateurId: 'u', role: 'UTILISATEUR' },
    { utilisateurId: 'u2', role: 'UTILISATEUR' },
  ];
  it.each([
    ['gp', 'gs', null],
    ['gp', 'u', null],
    ['gs', 'u', null],
    ['gs', 'gs', null],
    ['gs', 'gs2', 'DETACHEMENT_RESERVE_AU_PRINCIPAL'],
    ['gs', 'gp', 'GESTIONNAIRE_PRINCIPAL_NON_RETIRABLE'],
    ['gp', 'gp', 'GESTIONNAIRE_PRINCIPAL_NON_RETIRABLE'],
    ['u', 'u2', 'PERMISSION_REFUSEE'],
    ['u', 'u', 'PERMISSION_REFUSEE'],
    ['intrus', 'u', 'PERMISSION_REFUSEE'],
    ['gp', 'inconnu', 'MEMBRE_NON_RATTACHE'],
  ])('%s détache %s : %s', (acteurId, membreId, code) => {
    const resultat = verifierDetachement(membres, { acteurId, membreId });
    expect(resultat).toEqual(code === null ? { ok: true } : expect.objectContaining({ ok: false, code }));
  });

  it('distingue le manque de droit (403) de la règle enfreinte', () => {
    const droit = (role: RoleStructure) =>
      verifierDetachement([...membres, { utilisateurId: 'x', role }], { acteurId: 'u', membreId: 'x' });
    const r = droit('UTILISATEUR');
    expect(!r.ok && REFUS_DE_DROIT.has(r.code)).toBe(true);
    const regle = verifierDetachement(membres, { acteurId: 'gp', membreId: 'gp' });
    expect(!regle.ok && REFUS_DE_DROIT.has(regle.code)).toBe(false);
  });
});
