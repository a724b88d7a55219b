import { describe, expect, it } from 'vitest';
import type { Partie } from './facture-normalisee.ts';
import { identifiantSireneValide, siretEtSiren } from './identifiants-francais.ts';

const partie = (valeurs: Partial<Partie>): Partie => ({
  nom: null,
  nomCommercial: null,
  identifiants: [],
  identifiantLegal: null,
  numeroTva: null,
  identifiantFiscal: null,
  adresseElectronique: null,
  adresse: null,
  ...valeurs,
});

describe('identifiants SIRENE', () => {
  it('contrôle la clé de Luhn, avec l’exception de La Poste', () => {
    expect(identifiantSireneValide('732829320')).toBe(true);
    expect(identifiantSireneValide('73282932000009')).toBe(true);
    expect(identifiantSireneValide('99999999800010')).toBe(false);
    // La Poste: Luhn fails, the digit sum divisible by 5 decides.
    expect(identifiantSireneValide('35600000000001')).toBe(true);
    expect(identifiantSireneValide('35600000000002')).toBe(false);
    expect(identifiantSireneValide('1234')).toBe(false);
  });

  it('distingue SIRET et SIREN selon la longueur sous le schéma 0002, SIRET sous 0009', () => {
    expect(siretEtSiren(partie({ identifiantLegal: { valeur: '73282932000009', schema: '0002' } }))).toEqual({
      siret: '73282932000009',
      siren: null,
    });
    expect(
      siretEtSiren(
        partie({
          identifiantLegal: { valeur: '732829320', schema: '0002' },
          identifiants: [{ valeur: '73282932000009', schema: '0009' }],
        }),
      ),
    ).toEqual({ siret: '73282932000009', siren: '732829320' });
    expect(siretEtSiren(partie({ identifiants: [{ valeur: '73282932000009', schema: '0088' }] }))).toEqual({
      siret: null,
      siren: null,
    });
  });
});
