import { describe, expect, it } from 'vitest';
import { validerSiren } from './siren.ts';

describe('validerSiren', () => {
  it.each([
    ['732829320', '732829320'],
    ['552 081 317', '552081317'],
    ['356000000', '356000000'],
  ])('accepte %j', (saisie, attendu) => {
    expect(validerSiren(saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each([
    ['73282932', 'exactement 9 chiffres'],
    ['7328293201', 'exactement 9 chiffres'],
    ['73282932O', 'exactement 9 chiffres'],
    ['732829321', 'clé de contrôle'],
  ])('refuse %j', (saisie, extrait) => {
    const resultat = validerSiren(saisie);
    expect(resultat.ok === false && resultat.message).toContain(extrait);
  });
});
