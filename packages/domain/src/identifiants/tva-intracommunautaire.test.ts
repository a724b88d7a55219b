import { describe, expect, it } from 'vitest';
import { validerTvaIntracommunautaire } from './tva-intracommunautaire.ts';

describe('validerTvaIntracommunautaire', () => {
  it.each([
    ['DE123456789', 'DE123456789'],
    ['de 123 456 789', 'DE123456789'],
    ['BE0123456789', 'BE0123456789'],
    ['BE 0123.456.789', 'BE0123456789'],
    ['ATU12345678', 'ATU12345678'],
    ['EL123456789', 'EL123456789'],
    ['ESX1234567Z', 'ESX1234567Z'],
    ['NL123456789B01', 'NL123456789B01'],
    ['IE1234567WA', 'IE1234567WA'],
    ['IE1A23456B', 'IE1A23456B'],
    ['SE123456789001', 'SE123456789001'],
    ['RO12', 'RO12'],
  ])('accepte %j', (saisie, attendu) => {
    expect(validerTvaIntracommunautaire(saisie)).toEqual({ ok: true, valeur: attendu });
  });

  it.each([
    ['FR12345678901', 'SIRET'],
    ['GR123456789', 'pays de l’Union européenne'],
    ['GB123456789', 'pays de l’Union européenne'],
    ['CH123456789', 'pays de l’Union européenne'],
    ['123456789', 'pays de l’Union européenne'],
    ['', 'pays de l’Union européenne'],
    ['DE12345678', 'format attendu pour le pays DE'],
    ['AT12345678', 'format attendu pour le pays AT'],
    ['BE2123456789', 'format attendu pour le pays BE'],
    ['NL123456789A01', 'format attendu pour le pays NL'],
    ['SE123456789012', 'format attendu pour le pays SE'],
  ])('refuse %j', (saisie, extrait) => {
    const resultat = validerTvaIntracommunautaire(saisie);
    expect(resultat.ok === false && resultat.message).toContain(extrait);
  });
});
