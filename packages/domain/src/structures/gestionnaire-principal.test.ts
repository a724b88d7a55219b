import { describe, expect, it } from 'vitest';
import {
  type MembreStructure,
  peutRetirerGestionnaire,
  verifierGestionnairePrincipalUnique,
  verifierTransfertPrincipal,
} from './gestionnaire-principal.ts';

const alice: MembreStructure = { utilisateurId: 'alice', role: 'GESTIONNAIRE_PRINCIPAL' };
const bruno: MembreStructure = { utilisateurId: 'bruno', role: 'GESTIONNAIRE_SECONDAIRE' };
const chloe: MembreStructure = { utilisateurId: 'chloe', role: 'UTILISATEUR' };
const membres = [alice, bruno, chloe];

describe('verifierGestionnairePrincipalUnique', () => {
  it('accepte exactement un gestionnaire principal et le renvoie', () => {
    expect(verifierGestionnairePrincipalUnique(membres)).toEqual({ ok: true, gestionnairePrincipal: alice });
  });

  it.each([
    ['aucun membre', [], 'AUCUN_GESTIONNAIRE_PRINCIPAL'],
    ['aucun principal', [bruno, chloe], 'AUCUN_GESTIONNAIRE_PRINCIPAL'],
    [
      'deux principaux',
      [alice, { ...bruno, role: 'GESTIONNAIRE_PRINCIPAL' as const }],
      'PLUSIEURS_GESTIONNAIRES_PRINCIPAUX',
    ],
  ])('refuse : %s', (_cas, liste, code) => {
    expect(verifierGestionnairePrincipalUnique(liste)).toMatchObject({ ok: false, code });
  });
});

describe('verifierTransfertPrincipal', () => {
  it.each([
    ['un gestionnaire secondaire', 'bruno'],
    ['un simple utilisateur', 'chloe'],
  ])('transfère le rôle à %s ; l’ancien principal devient secondaire', (_cas, beneficiaire) => {
    const resultat = verifierTransfertPrincipal(membres, { cedant: 'alice', beneficiaire });
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    const roles = Object.fromEntries(resultat.membres.map((membre) => [membre.utilisateurId, membre.role]));
    expect(roles.alice).toBe('GESTIONNAIRE_SECONDAIRE');
    expect(roles[beneficiaire]).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(verifierGestionnairePrincipalUnique(resultat.membres).ok).toBe(true);
    expect(resultat.membres).toHaveLength(3);
  });

  it('ne modifie pas la liste reçue', () => {
    verifierTransfertPrincipal(membres, { cedant: 'alice', beneficiaire: 'bruno' });
    expect(membres).toEqual([alice, bruno, chloe]);
  });

  it.each([
    [
      'le cédant n’est pas le principal',
      { cedant: 'bruno', beneficiaire: 'chloe' },
      'CEDANT_NON_GESTIONNAIRE_PRINCIPAL',
    ],
    ['le cédant est inconnu', { cedant: 'zoe', beneficiaire: 'chloe' }, 'CEDANT_NON_GESTIONNAIRE_PRINCIPAL'],
    [
      'le bénéficiaire n’est pas rattaché',
      { cedant: 'alice', beneficiaire: 'zoe' },
      'BENEFICIAIRE_NON_RATTACHE',
    ],
    ['transfert à soi-même', { cedant: 'alice', beneficiaire: 'alice' }, 'BENEFICIAIRE_NON_RATTACHE'],
  ])('refuse : %s', (_cas, transfert, code) => {
    expect(verifierTransfertPrincipal(membres, transfert)).toMatchObject({ ok: false, code });
  });

  it('refuse quand l’invariant est déjà rompu', () => {
    expect(
      verifierTransfertPrincipal([bruno, chloe], { cedant: 'bruno', beneficiaire: 'chloe' }),
    ).toMatchObject({
      ok: false,
      code: 'AUCUN_GESTIONNAIRE_PRINCIPAL',
    });
  });
});

describe('peutRetirerGestionnaire', () => {
  it.each(['bruno', 'chloe'])('autorise le retrait de %s', (utilisateurId) => {
    expect(peutRetirerGestionnaire(membres, utilisateurId)).toEqual({ ok: true });
  });

  it('refuse le retrait du gestionnaire principal', () => {
    expect(peutRetirerGestionnaire(membres, 'alice')).toMatchObject({
      ok: false,
      code: 'GESTIONNAIRE_PRINCIPAL_NON_RETIRABLE',
    });
  });

  it('refuse un utilisateur non rattaché', () => {
    expect(peutRetirerGestionnaire(membres, 'zoe')).toMatchObject({ ok: false, code: 'MEMBRE_NON_RATTACHE' });
  });
});
