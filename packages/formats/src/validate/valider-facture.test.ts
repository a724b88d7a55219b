import type { FactureNormalisee, LigneTva } from '@choral/domain/facture';
import { describe, expect, it } from 'vitest';
import { factureExemple, ligneExemple } from '../test-support/facture-exemple.ts';
import { validerFacture } from './valider-facture.ts';

type Modification = (f: FactureNormalisee) => void;

function defini<T>(valeur: T | null | undefined): T {
  if (valeur == null) throw new Error('valeur attendue dans la facture d’exemple');
  return valeur;
}

function element<T>(liste: T[], rang: number): T {
  return defini(liste[rang]);
}

function regles(f: FactureNormalisee): string[] {
  return validerFacture(f).map((c) => c.regle);
}

function modifiee(modification: Modification): FactureNormalisee {
  const f = structuredClone(factureExemple());
  modification(f);
  return f;
}

/** One exempt-style category invoice: a single line, one breakdown row, zero VAT. */
function factureCategorie(
  categorie: string,
  taux: string | null,
  ligneTva: Partial<LigneTva> = {},
): FactureNormalisee {
  return modifiee((f) => {
    f.lignes = [
      ligneExemple({
        id: '1',
        quantite: '2',
        prixUnitaireNet: '50',
        montantNet: '100',
        categorieTva: categorie,
        tauxTva: taux,
      }),
    ];
    f.remisesEtFrais = [];
    f.ventilationTva = [
      {
        categorie,
        taux,
        baseImposable: '100',
        montant: '0',
        motifExoneration: 'Exonération',
        codeMotifExoneration: null,
        ...ligneTva,
      },
    ];
    f.totaux = {
      ...f.totaux,
      totalLignes: '100',
      totalRemises: null,
      totalFrais: null,
      totalHt: '100',
      totalTva: '0',
      totalTtc: '100',
      montantPrepaye: null,
      netAPayer: '100',
    };
  });
}

describe('validerFacture', () => {
  it('ne signale rien sur une facture EN 16931 complète et juste', () => {
    expect(validerFacture(factureExemple())).toEqual([]);
  });

  it('décrit chaque constat : règle, sévérité, message français, emplacement', () => {
    const [constat] = validerFacture(modifiee((f) => Object.assign(f.totaux, { totalTtc: '1000' })));
    expect(constat).toEqual({
      regle: 'BR-CO-15',
      severite: 'erreur',
      message: expect.stringContaining('devrait valoir 992.71'),
      emplacement: '/facture/totaux/totalTtc',
    });
  });

  const cas: [string, Modification][] = [
    ['BR-01', (f) => Object.assign(f, { specification: null })],
    ['BR-02', (f) => Object.assign(f, { numero: null })],
    ['BR-03', (f) => Object.assign(f, { dateEmission: null })],
    ['BR-04', (f) => Object.assign(f, { codeType: null })],
    ['BR-05', (f) => Object.assign(f, { devise: null })],
    ['BR-06', (f) => Object.assign(f.vendeur, { nom: null })],
    ['BR-07', (f) => Object.assign(f.acheteur, { nom: null })],
    ['BR-08', (f) => Object.assign(f.vendeur, { adresse: null })],
    ['BR-09', (f) => Object.assign(defini(f.vendeur.adresse), { pays: null })],
    ['BR-10', (f) => Object.assign(f.acheteur, { adresse: null })],
    ['BR-11', (f) => Object.assign(defini(f.acheteur.adresse), { pays: null })],
    ['BR-12', (f) => Object.assign(f.totaux, { totalLignes: null })],
    ['BR-13', (f) => Object.assign(f.totaux, { totalHt: null })],
    ['BR-14', (f) => Object.assign(f.totaux, { totalTtc: null })],
    ['BR-15', (f) => Object.assign(f.totaux, { netAPayer: null })],
    ['BR-16', (f) => Object.assign(f, { lignes: [] })],
    ['BR-CO-18', (f) => Object.assign(f, { ventilationTva: [] })],
    [
      'BR-CO-26',
      (f) => Object.assign(f.vendeur, { identifiantLegal: null, numeroTva: null, identifiants: [] }),
    ],
    ['BR-62', (f) => Object.assign(f.vendeur, { adresseElectronique: { valeur: 'x@y.fr', schema: null } })],
    ['BR-63', (f) => Object.assign(f.acheteur, { adresseElectronique: { valeur: 'x@y.fr', schema: null } })],
    ['BR-29', (f) => Object.assign(f, { periode: { debut: '2026-03-31', fin: '2026-03-01' } })],
    ['BR-49', (f) => Object.assign(element(f.moyensPaiement, 0), { code: null })],
    ['BR-61', (f) => Object.assign(element(f.moyensPaiement, 0), { compte: null })],
    ['BR-53', (f) => Object.assign(f, { deviseComptable: 'USD' })],
    ['BR-CO-25', (f) => Object.assign(f, { dateEcheance: null, conditionsPaiement: null })],
    ['BR-21', (f) => Object.assign(element(f.lignes, 0), { id: null })],
    ['BR-22', (f) => Object.assign(element(f.lignes, 0), { quantite: null })],
    ['BR-23', (f) => Object.assign(element(f.lignes, 0), { unite: null })],
    ['BR-24', (f) => Object.assign(element(f.lignes, 0), { montantNet: null })],
    ['BR-25', (f) => Object.assign(element(f.lignes, 0), { nom: null })],
    ['BR-26', (f) => Object.assign(element(f.lignes, 0), { prixUnitaireNet: null })],
    ['BR-27', (f) => Object.assign(element(f.lignes, 0), { prixUnitaireNet: '-80' })],
    ['BR-28', (f) => Object.assign(element(f.lignes, 1), { prixUnitaireBrut: '-30' })],
    ['BR-CO-04', (f) => Object.assign(element(f.lignes, 0), { categorieTva: null })],
    ['BR-31', (f) => Object.assign(element(f.remisesEtFrais, 0), { montant: null })],
    ['BR-32', (f) => Object.assign(element(f.remisesEtFrais, 0), { categorieTva: null })],
    ['BR-33', (f) => Object.assign(element(f.remisesEtFrais, 0), { motif: null, codeMotif: null })],
    ['BR-36', (f) => Object.assign(element(f.remisesEtFrais, 1), { montant: null })],
    ['BR-37', (f) => Object.assign(element(f.remisesEtFrais, 1), { categorieTva: null })],
    ['BR-38', (f) => Object.assign(element(f.remisesEtFrais, 1), { motif: null, codeMotif: null })],
    [
      'BR-41',
      (f) =>
        f.lignes[0]?.remisesEtFrais.push({
          nature: 'remise',
          montant: null,
          base: null,
          pourcentage: null,
          categorieTva: null,
          tauxTva: null,
          motif: 'x',
          codeMotif: null,
        }),
    ],
    [
      'BR-42',
      (f) =>
        f.lignes[0]?.remisesEtFrais.push({
          nature: 'remise',
          montant: '0',
          base: null,
          pourcentage: null,
          categorieTva: null,
          tauxTva: null,
          motif: null,
          codeMotif: null,
        }),
    ],
    [
      'BR-43',
      (f) =>
        f.lignes[0]?.remisesEtFrais.push({
          nature: 'frais',
          montant: null,
          base: null,
          pourcentage: null,
          categorieTva: null,
          tauxTva: null,
          motif: 'x',
          codeMotif: null,
        }),
    ],
    [
      'BR-44',
      (f) =>
        f.lignes[0]?.remisesEtFrais.push({
          nature: 'frais',
          montant: '0',
          base: null,
          pourcentage: null,
          categorieTva: null,
          tauxTva: null,
          motif: null,
          codeMotif: null,
        }),
    ],
    ['BR-CO-10', (f) => Object.assign(f.totaux, { totalLignes: '876.51' })],
    ['BR-CO-11', (f) => Object.assign(f.totaux, { totalRemises: '40' })],
    ['BR-CO-12', (f) => Object.assign(f.totaux, { totalFrais: '20' })],
    ['BR-CO-13', (f) => Object.assign(f.totaux, { totalHt: '846.5' })],
    ['BR-CO-14', (f) => Object.assign(f.totaux, { totalTva: '156.2' })],
    ['BR-CO-15', (f) => Object.assign(f.totaux, { totalTtc: '992.72' })],
    ['BR-CO-16', (f) => Object.assign(f.totaux, { netAPayer: '992.71' })],
    ['BR-CO-17', (f) => Object.assign(element(f.ventilationTva, 0), { montant: '160' })],
    ['CALC-LIGNE', (f) => Object.assign(element(f.lignes, 0), { quantite: '11' })],
    ['BR-DEC-09', (f) => Object.assign(f.totaux, { totalLignes: '876.501' })],
    ['BR-DEC-18', (f) => Object.assign(f.totaux, { netAPayer: '892.705' })],
    ['BR-DEC-23', (f) => Object.assign(element(f.lignes, 0), { montantNet: '800.001' })],
    ['BR-45', (f) => Object.assign(element(f.ventilationTva, 0), { baseImposable: null })],
    ['BR-46', (f) => Object.assign(element(f.ventilationTva, 0), { montant: null })],
    ['BR-47', (f) => Object.assign(element(f.ventilationTva, 1), { categorie: null })],
    ['BR-48', (f) => Object.assign(element(f.ventilationTva, 0), { taux: null })],
    ['BR-CO-09', (f) => Object.assign(f.vendeur, { numeroTva: '44732829320' })],
    [
      'BR-S-01',
      (f) => Object.assign(f, { ventilationTva: f.ventilationTva.map((v) => ({ ...v, categorie: 'Z' })) }),
    ],
    ['BR-S-02', (f) => Object.assign(f.vendeur, { numeroTva: null })],
    ['BR-S-05', (f) => Object.assign(element(f.lignes, 0), { tauxTva: '0' })],
    ['BR-S-06', (f) => Object.assign(element(f.remisesEtFrais, 0), { tauxTva: '0' })],
    ['BR-S-07', (f) => Object.assign(element(f.remisesEtFrais, 1), { tauxTva: null })],
    ['BR-S-08', (f) => Object.assign(element(f.ventilationTva, 0), { baseImposable: '790' })],
    ['BR-S-10', (f) => Object.assign(element(f.ventilationTva, 0), { motifExoneration: 'Exonéré' })],
    ['BR-CL-01', (f) => Object.assign(f, { codeType: '999' })],
    ['BR-CL-04', (f) => Object.assign(f, { devise: 'EUX' })],
    ['BR-CL-05', (f) => Object.assign(f, { deviseComptable: 'XYZ' })],
    ['BR-CL-14', (f) => Object.assign(defini(f.acheteur.adresse), { pays: 'FX' })],
    ['BR-CL-16', (f) => Object.assign(element(f.moyensPaiement, 0), { code: '99' })],
    ['BR-CL-17', (f) => Object.assign(element(f.ventilationTva, 0), { categorie: 'X' })],
    ['BR-CL-18', (f) => Object.assign(element(f.lignes, 0), { categorieTva: 'X' })],
    ['BR-CL-23', (f) => Object.assign(element(f.lignes, 0), { unite: 'QQQ' })],
    [
      'FR-SIRENE',
      (f) => Object.assign(f.vendeur, { identifiantLegal: { valeur: '73282932000008', schema: '0002' } }),
    ],
    ['FR-TVA', (f) => Object.assign(f.vendeur, { numeroTva: 'FR45732829320' })],
  ];

  it.each(cas)(
    '%s : absent sur la facture juste, signalé quand la règle est violée',
    (regle, modification) => {
      expect(regles(factureExemple())).not.toContain(regle);
      expect(regles(modifiee(modification))).toContain(regle);
    },
  );

  it('ne lance jamais d’exception, même sur une facture vide de contenu', () => {
    const vide = modifiee((f) => {
      for (const cle of Object.keys(f.totaux) as (keyof typeof f.totaux)[]) f.totaux[cle] = null;
      Object.assign(f, {
        lignes: [],
        ventilationTva: [],
        remisesEtFrais: [],
        numero: null,
        specification: null,
      });
    });
    expect(() => validerFacture(vide)).not.toThrow();
    expect(regles(vide)).toEqual(expect.arrayContaining(['BR-01', 'BR-02', 'BR-13', 'BR-16']));
  });

  it('MINIMUM : pas de règle de ligne, BR-CO-16 seulement en avertissement', () => {
    const minimum = modifiee((f) => {
      f.specification = 'urn:factur-x.eu:1p0:minimum';
      f.lignes = [];
      f.ventilationTva = [];
      f.remisesEtFrais = [];
      f.acheteur.adresse = null;
      f.totaux = {
        ...f.totaux,
        totalLignes: null,
        totalRemises: null,
        totalFrais: null,
        montantPrepaye: null,
      };
    });
    const constats = validerFacture(minimum);
    expect(constats.map((c) => c.regle)).toEqual(['BR-CO-16']);
    expect(constats[0]?.severite).toBe('avertissement');
  });

  it('EXTENDED : les lignes GROUP ne sont pas additionnées à leurs lignes DETAIL', () => {
    const extended = modifiee((f) => {
      f.specification = 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended';
      f.lignes.unshift(
        ligneExemple({ id: '0', statut: 'GROUP', montantNet: '876.5', categorieTva: null, tauxTva: null }),
      );
      for (const ligne of f.lignes) {
        if (ligne.statut === null) Object.assign(ligne, { statut: 'DETAIL', idLigneParente: '0' });
      }
    });
    expect(validerFacture(extended)).toEqual([]);
  });

  describe('catégories de TVA hors taux normal', () => {
    const valides: [string, FactureNormalisee][] = [
      ['Z', factureCategorie('Z', '0', { motifExoneration: null })],
      ['E', factureCategorie('E', '0')],
      [
        'AE',
        modifiee((f) =>
          Object.assign(
            f,
            factureCategorie('AE', '0', { codeMotifExoneration: 'VATEX-EU-AE', motifExoneration: null }),
          ),
        ),
      ],
      [
        'K',
        modifiee((f) => {
          Object.assign(f, factureCategorie('K', '0', { codeMotifExoneration: 'VATEX-EU-IC' }));
          f.acheteur.numeroTva = 'DE123456789';
          f.paysLivraison = 'DE';
        }),
      ],
      ['G', factureCategorie('G', '0', { codeMotifExoneration: 'VATEX-EU-G' })],
      [
        'O',
        modifiee((f) => {
          Object.assign(f, factureCategorie('O', null, { codeMotifExoneration: 'VATEX-EU-O' }));
          f.vendeur.numeroTva = null;
          f.vendeur.identifiantFiscal = null;
        }),
      ],
      ['L', factureCategorie('L', '7', { montant: '7', motifExoneration: null })],
      ['M', factureCategorie('M', '4', { montant: '4', motifExoneration: null })],
    ];
    for (const [categorie, facture] of valides) {
      if (categorie === 'L' || categorie === 'M') {
        facture.totaux = {
          ...facture.totaux,
          totalTva: facture.ventilationTva[0]?.montant ?? null,
          totalTtc: categorie === 'L' ? '107' : '104',
          netAPayer: categorie === 'L' ? '107' : '104',
        };
      }
    }

    it.each(valides)('%s : facture conforme sans constat', (_, facture) => {
      expect(validerFacture(facture)).toEqual([]);
    });

    const violations: [string, string, Modification][] = [
      ['Z', 'BR-Z-05', (f) => Object.assign(element(f.lignes, 0), { tauxTva: '5' })],
      ['Z', 'BR-Z-09', (f) => Object.assign(element(f.ventilationTva, 0), { montant: '1' })],
      ['Z', 'BR-Z-10', (f) => Object.assign(element(f.ventilationTva, 0), { motifExoneration: 'x' })],
      [
        'E',
        'BR-E-01',
        (f) => f.ventilationTva.push({ ...(f.ventilationTva[0] as LigneTva), baseImposable: '0' }),
      ],
      ['E', 'BR-E-02', (f) => Object.assign(f.vendeur, { numeroTva: null })],
      ['E', 'BR-E-08', (f) => Object.assign(element(f.ventilationTva, 0), { baseImposable: '150' })],
      ['E', 'BR-E-10', (f) => Object.assign(element(f.ventilationTva, 0), { motifExoneration: null })],
      ['AE', 'BR-AE-02', (f) => Object.assign(f.acheteur, { identifiantLegal: null })],
      ['AE', 'BR-AE-10', (f) => Object.assign(element(f.ventilationTva, 0), { codeMotifExoneration: null })],
      ['K', 'BR-IC-02', (f) => Object.assign(f.acheteur, { numeroTva: null })],
      ['K', 'BR-IC-11', (f) => Object.assign(f, { dateLivraison: null, periode: null })],
      ['K', 'BR-IC-12', (f) => Object.assign(f, { paysLivraison: null })],
      ['G', 'BR-G-05', (f) => Object.assign(element(f.lignes, 0), { tauxTva: '20' })],
      [
        'G',
        'BR-G-10',
        (f) =>
          Object.assign(element(f.ventilationTva, 0), { codeMotifExoneration: null, motifExoneration: null }),
      ],
      ['O', 'BR-O-02', (f) => Object.assign(f.vendeur, { numeroTva: 'FR44732829320' })],
      ['O', 'BR-O-05', (f) => Object.assign(element(f.lignes, 0), { tauxTva: '0' })],
      [
        'O',
        'BR-O-11',
        (f) =>
          f.ventilationTva.push({
            categorie: 'S',
            taux: '20',
            baseImposable: '0',
            montant: '0',
            motifExoneration: null,
            codeMotifExoneration: null,
          }),
      ],
      ['L', 'BR-AF-05', (f) => Object.assign(element(f.lignes, 0), { tauxTva: null })],
      ['M', 'BR-AG-10', (f) => Object.assign(element(f.ventilationTva, 0), { motifExoneration: 'x' })],
    ];

    it.each(violations)('%s : %s signalée', (categorie, regle, modification) => {
      const base = valides.find(([code]) => code === categorie)?.[1];
      if (base === undefined) throw new Error(categorie);
      const facture = structuredClone(base);
      modification(facture);
      expect(regles(base)).not.toContain(regle);
      expect(regles(facture)).toContain(regle);
    });
  });
});
