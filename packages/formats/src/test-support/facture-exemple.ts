import type { FactureNormalisee, LigneFacture, Partie } from '@choral/domain/facture';

const partieVide: Partie = {
  nom: null,
  nomCommercial: null,
  identifiants: [],
  identifiantLegal: null,
  numeroTva: null,
  identifiantFiscal: null,
  adresseElectronique: null,
  adresse: null,
};

/** A line with every optional field empty, to override per test. */
export function ligneExemple(valeurs: Partial<LigneFacture>): LigneFacture {
  return {
    id: '1',
    nom: 'Article',
    description: null,
    quantite: '1',
    unite: 'C62',
    prixUnitaireNet: '0',
    prixUnitaireBrut: null,
    quantiteBase: null,
    montantNet: '0',
    categorieTva: 'S',
    tauxTva: '20',
    remisesEtFrais: [],
    statut: null,
    idLigneParente: null,
    ...valeurs,
  };
}

/**
 * A complete, valid EN 16931 invoice to a French public buyer (Luhn-valid SIRETs, valid VAT
 * key): 2 lines at 20 % and 5.5 %, a document allowance and charge, a prepayment.
 */
export function factureExemple(): FactureNormalisee {
  return {
    specification: 'urn:cen.eu:en16931:2017',
    cadreFacturation: 'A1',
    numero: 'FA-2026-0042',
    type: 'facture',
    codeType: '380',
    dateEmission: '2026-03-31',
    dateEcheance: '2026-04-30',
    dateLivraison: null,
    periode: { debut: '2026-03-01', fin: '2026-03-31' },
    devise: 'EUR',
    deviseComptable: null,
    notes: [{ sujet: 'PMT', texte: 'Indemnité forfaitaire de 40 € pour frais de recouvrement & "retard".' }],
    vendeur: {
      ...partieVide,
      nom: 'Atelier Choral SARL',
      nomCommercial: 'Choral Conseil',
      identifiantLegal: { valeur: '73282932000009', schema: '0002' },
      numeroTva: 'FR44732829320',
      adresseElectronique: { valeur: '732829320', schema: '0225' },
      adresse: {
        ligne1: '12 rue des Lilas',
        ligne2: 'Bâtiment B',
        ligne3: null,
        codePostal: '75011',
        ville: 'Paris',
        subdivision: null,
        pays: 'FR',
      },
    },
    acheteur: {
      ...partieVide,
      nom: "Ministère de l'Exemple",
      identifiants: [{ valeur: 'ACHAT-01', schema: null }],
      identifiantLegal: { valeur: '13000548100002', schema: '0002' },
      adresse: {
        ligne1: '1 place de la République',
        ligne2: null,
        ligne3: null,
        codePostal: '69001',
        ville: 'Lyon',
        subdivision: null,
        pays: 'FR',
      },
    },
    paysLivraison: null,
    referenceAcheteur: 'SERVEXEC',
    numeroEngagement: 'EJ-2026-0042',
    referenceContrat: 'MARCHE-7',
    factureAnterieure: null,
    conditionsPaiement: '30 jours fin de mois',
    moyensPaiement: [
      { code: '30', libelle: 'Virement', compte: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
    ],
    lignes: [
      ligneExemple({
        id: '1',
        nom: 'Prestation de conseil',
        quantite: '10',
        unite: 'HUR',
        prixUnitaireNet: '80',
        montantNet: '800',
      }),
      ligneExemple({
        id: '2',
        nom: 'Fournitures',
        description: 'Papier recyclé',
        quantite: '3',
        prixUnitaireNet: '25.5',
        prixUnitaireBrut: '30',
        quantiteBase: '1',
        montantNet: '76.5',
        tauxTva: '5.5',
      }),
    ],
    remisesEtFrais: [
      {
        nature: 'remise',
        montant: '50',
        base: null,
        pourcentage: null,
        categorieTva: 'S',
        tauxTva: '20',
        motif: 'Remise fidélité',
        codeMotif: '95',
      },
      {
        nature: 'frais',
        montant: '10',
        base: null,
        pourcentage: null,
        categorieTva: 'S',
        tauxTva: '20',
        motif: 'Frais de port',
        codeMotif: 'FC',
      },
    ],
    ventilationTva: [
      {
        categorie: 'S',
        taux: '20',
        baseImposable: '760',
        montant: '152',
        motifExoneration: null,
        codeMotifExoneration: null,
      },
      {
        categorie: 'S',
        taux: '5.5',
        baseImposable: '76.5',
        montant: '4.21',
        motifExoneration: null,
        codeMotifExoneration: null,
      },
    ],
    totaux: {
      totalLignes: '876.5',
      totalRemises: '50',
      totalFrais: '10',
      totalHt: '836.5',
      totalTva: '156.21',
      totalTvaDeviseComptable: null,
      totalTtc: '992.71',
      montantPrepaye: '100',
      arrondi: null,
      netAPayer: '892.71',
    },
  };
}

/** A credit note for the example invoice (type 381), with a preceding invoice reference. */
export function avoirExemple(): FactureNormalisee {
  const facture = factureExemple();
  return {
    ...facture,
    numero: 'AV-2026-0007',
    type: 'avoir',
    codeType: '381',
    factureAnterieure: { numero: 'FA-2026-0042', date: '2026-03-31' },
    moyensPaiement: [],
    totaux: { ...facture.totaux, montantPrepaye: null, netAPayer: '992.71' },
  };
}

/** The sample invoice with `nombre` lines, to make large files (13,000 lines: a 17 MB CII). */
export function factureVolumineuse(nombre: number): FactureNormalisee {
  const lignes = Array.from({ length: nombre }, (_, i) =>
    ligneExemple({
      id: String(i + 1),
      nom: `Article ${i + 1} avec une désignation assez longue pour peser`,
      description: 'Une description de ligne de facture '.repeat(3),
    }),
  );
  return { ...factureExemple(), lignes };
}
