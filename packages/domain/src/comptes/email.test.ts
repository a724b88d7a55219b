import { describe, expect, it } from 'vitest';
import { normaliserEmail, validerEmail } from './email.ts';

describe('normaliserEmail', () => {
  it.each([
    ['  Jean.Dupont@Exemple.FR ', 'Jean.Dupont@exemple.fr'],
    ['a@B.c', 'a@b.c'],
    ['sans-arobase ', 'sans-arobase'],
  ])('%j → %j', (saisie, attendu) => {
    expect(normaliserEmail(saisie)).toBe(attendu);
  });
});

describe('validerEmail', () => {
  it.each([
    ['jean.dupont@exemple.fr', 'jean.dupont@exemple.fr'],
    [' Compta+Chorus@Mairie-Lyon.GOUV.fr ', 'Compta+Chorus@mairie-lyon.gouv.fr'],
    ["o'brien@example.ie", "o'brien@example.ie"],
  ])('accepte %j', (saisie, attendu) => {
    expect(validerEmail(saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each([
    ['', 'obligatoire'],
    ['   ', 'obligatoire'],
    ['jean.dupont', 'pas valide'],
    ['@exemple.fr', 'pas valide'],
    ['jean@', 'pas valide'],
    ['jean@exemple', 'pas valide'],
    ['jean@exemple.f', 'pas valide'],
    ['jean dupont@exemple.fr', 'pas valide'],
    ['jean..dupont@exemple.fr', 'pas valide'],
    ['.jean@exemple.fr', 'pas valide'],
    ['jean@-exemple.fr', 'pas valide'],
    ['jean@exemple..fr', 'pas valide'],
    ['jean@@exemple.fr', 'pas valide'],
    [`${'a'.repeat(65)}@exemple.fr`, 'pas valide'],
    [`jean@${'a'.repeat(250)}.fr`, '254 caractères'],
  ])('refuse %j', (saisie, extrait) => {
    const resultat = validerEmail(saisie);
    expect(resultat.ok === false && resultat.message).toContain(extrait);
  });
});
