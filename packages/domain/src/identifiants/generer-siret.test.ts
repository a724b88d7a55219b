import { describe, expect, it } from 'vitest';
import { genererSiret } from './generer-siret.ts';
import { SIREN_LA_POSTE, validerSiret } from './siret.ts';

/** Replays the given draws (each in [0, 1)) in a loop. */
function tirages(...valeurs: number[]): () => number {
  let i = 0;
  return () => valeurs[i++ % valeurs.length] ?? 0;
}

describe('genererSiret', () => {
  it('produit des SIRET valides de 14 chiffres', () => {
    for (let i = 0; i < 200; i++) {
      const siret = genererSiret();
      expect(siret).toMatch(/^\d{14}$/);
      expect(validerSiret(siret)).toEqual({ ok: true, valeur: siret });
    }
  });

  it('est déterministe avec un générateur injecté', () => {
    const suite = tirages(0.73, 0.21, 0.05, 0.99);
    expect(genererSiret(tirages(0.73, 0.21, 0.05, 0.99))).toBe(genererSiret(suite));
    expect(genererSiret(tirages(0.0))).toBe('00000000000000');
  });

  it('ne produit jamais un SIRET de La Poste, dont la règle de clé diffère', () => {
    // First 13 draws spell 356000000 + 0001, then an ordinary prefix.
    const laPosteDAbord = tirages(0.3, 0.5, 0.6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.4);
    const siret = genererSiret(laPosteDAbord);
    expect(siret.startsWith(SIREN_LA_POSTE)).toBe(false);
    expect(validerSiret(siret).ok).toBe(true);
  });

  it('reste sur un chiffre quand le générateur renvoie 1', () => {
    expect(genererSiret(tirages(1))).toMatch(/^9{13}\d$/);
  });
});
