import { describe, expect, it } from 'vitest';
import { deciderRattachement, decisionsPossibles, ETATS_DEMANDE_RATTACHEMENT } from './rattachement.ts';

describe('decisionsPossibles', () => {
  it.each([
    ['EN_ATTENTE', ['APPROUVER', 'REFUSER']],
    ['APPROUVEE', []],
    ['REFUSEE', []],
  ] as const)('%s → %j', (etat, attendu) => {
    expect(decisionsPossibles(etat)).toEqual(attendu);
  });
});

describe('deciderRattachement', () => {
  it.each(['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE'] as const)(
    '%s approuve une demande en attente',
    (role) => {
      expect(deciderRattachement('EN_ATTENTE', 'APPROUVER', { roleDecideur: role })).toEqual({
        ok: true,
        etat: 'APPROUVEE',
      });
    },
  );

  it('refuse une demande en attente avec un commentaire', () => {
    expect(
      deciderRattachement('EN_ATTENTE', 'REFUSER', {
        roleDecideur: 'GESTIONNAIRE_SECONDAIRE',
        commentaire: 'Vous ne faites pas partie du service.',
      }),
    ).toEqual({ ok: true, etat: 'REFUSEE' });
  });

  it.each([undefined, '', '   '])('exige un commentaire pour refuser (%j)', (commentaire) => {
    expect(
      deciderRattachement('EN_ATTENTE', 'REFUSER', { roleDecideur: 'GESTIONNAIRE_PRINCIPAL', commentaire }),
    ).toMatchObject({ ok: false, code: 'COMMENTAIRE_REFUS_OBLIGATOIRE' });
  });

  it.each(['UTILISATEUR', undefined] as const)('refuse la décision d’un non-gestionnaire (%s)', (role) => {
    expect(deciderRattachement('EN_ATTENTE', 'APPROUVER', { roleDecideur: role })).toMatchObject({
      ok: false,
      code: 'DECIDEUR_NON_GESTIONNAIRE',
    });
  });

  it.each(
    ETATS_DEMANDE_RATTACHEMENT.filter((etat) => etat !== 'EN_ATTENTE').flatMap((etat) =>
      (['APPROUVER', 'REFUSER'] as const).map((decision) => [etat, decision] as const),
    ),
  )('refuse de redécider une demande %s (%s)', (etat, decision) => {
    expect(
      deciderRattachement(etat, decision, { roleDecideur: 'GESTIONNAIRE_PRINCIPAL', commentaire: 'motif' }),
    ).toMatchObject({ ok: false, code: 'DEMANDE_DEJA_TRAITEE' });
  });
});
