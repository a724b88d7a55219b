import { describe, expect, it } from 'vitest';
import { FactureNormaliseeSchema } from './facture-normalisee.ts';

const partie = {
  nom: 'Atelier Choral SARL',
  nomCommercial: null,
  identifiants: [],
  identifiantLegal: { valeur: '73282932000009', schema: '0002' },
  numeroTva: 'FR44732829320',
  identifiantFiscal: null,
  adresseElectronique: null,
  adresse: null,
};

const facture = {
  specification: 'urn:cen.eu:en16931:2017',
  cadreFacturation: null,
  numero: 'FA-1',
  type: 'facture',
  codeType: '380',
  dateEmission: '2026-03-31',
  dateEcheance: null,
  dateLivraison: null,
  periode: null,
  devise: 'EUR',
  deviseComptable: null,
  notes: [],
  vendeur: partie,
  acheteur: { ...partie, nom: 'Acheteur' },
  paysLivraison: null,
  referenceAcheteur: 'SERVEXEC',
  numeroEngagement: null,
  referenceContrat: null,
  factureAnterieure: null,
  conditionsPaiement: null,
  moyensPaiement: [],
  lignes: [],
  remisesEtFrais: [],
  ventilationTva: [],
  totaux: {
    totalLignes: '100',
    totalRemises: null,
    totalFrais: null,
    totalHt: '100',
    totalTva: '20',
    totalTvaDeviseComptable: null,
    totalTtc: '120',
    montantPrepaye: null,
    arrondi: null,
    netAPayer: '120',
  },
};

describe('FactureNormaliseeSchema', () => {
  it('accepte une facture normalisée', () => {
    expect(FactureNormaliseeSchema.parse(facture)).toEqual(facture);
  });

  it('refuse les montants en nombre flottant ou non canoniques', () => {
    expect(
      FactureNormaliseeSchema.safeParse({ ...facture, totaux: { ...facture.totaux, totalTtc: 120 } }).success,
    ).toBe(false);
    expect(
      FactureNormaliseeSchema.safeParse({ ...facture, totaux: { ...facture.totaux, totalTtc: '120.00' } })
        .success,
    ).toBe(false);
    expect(FactureNormaliseeSchema.safeParse({ ...facture, type: 'note' }).success).toBe(false);
  });
});
