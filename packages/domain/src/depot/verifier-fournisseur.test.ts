import { describe, expect, it } from 'vitest';
import type { Partie } from '../facture/index.ts';
import { verifierFournisseur } from './verifier-fournisseur.ts';

const vendeur = (valeurs: Partial<Partie>): Partie => ({
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
const siret = { typeIdentifiant: 'SIRET', identifiant: '73282932000074' };

describe('verifierFournisseur', () => {
  it('accepte le SIRET de la structure', () => {
    expect(
      verifierFournisseur(siret, vendeur({ identifiantLegal: { valeur: '73282932000074', schema: '0002' } })),
    ).toBeNull();
  });
  it('accepte un document 2026 qui ne porte que le SIREN', () => {
    expect(
      verifierFournisseur(siret, vendeur({ identifiantLegal: { valeur: '732829320', schema: '0002' } })),
    ).toBeNull();
  });
  it('refuse un autre SIRET, en citant celui du document', () => {
    const probleme = verifierFournisseur(
      siret,
      vendeur({ identifiantLegal: { valeur: '99999999800010', schema: '0002' } }),
    );
    expect(probleme).toMatchObject({ code: 'FOURNISSEUR_DIFFERENT', champ: 'fournisseur.identifiant' });
    expect(probleme?.message).toContain('99999999800010');
  });
  it('refuse un document sans identifiant du vendeur', () => {
    expect(verifierFournisseur(siret, vendeur({}))?.message).toContain('aucun identifiant');
  });
  it('compare les autres types d’identifiant à tous ceux du vendeur', () => {
    const ue = { typeIdentifiant: 'UE_HORS_FRANCE', identifiant: 'DE123456789' };
    expect(verifierFournisseur(ue, vendeur({ numeroTva: 'DE 123 456 789' }))).toBeNull();
  });
});
