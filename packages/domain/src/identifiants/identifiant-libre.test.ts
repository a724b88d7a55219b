import { describe, expect, it } from 'vitest';
import { validerIdentifiantLibre } from './identifiant-libre.ts';

describe('validerIdentifiantLibre', () => {
  it.each([
    ['CHE-123.456.789', 'CHE-123.456.789'],
    ['us 12 345 678', 'US12345678'],
    ['RCS/2024/42', 'RCS/2024/42'],
    ['A'.repeat(35), 'A'.repeat(35)],
  ])('accepte %j', (saisie, attendu) => {
    expect(validerIdentifiantLibre(saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each([
    ['', 'obligatoire'],
    ['   ', 'obligatoire'],
    ['A'.repeat(36), '35 caractères'],
    ['-123', 'lettres sans accent'],
    ['SOCIÉTÉ42', 'lettres sans accent'],
    ['ABC_123', 'lettres sans accent'],
  ])('refuse %j', (saisie, extrait) => {
    const resultat = validerIdentifiantLibre(saisie);
    expect(resultat.ok === false && resultat.message).toContain(extrait);
  });
});
