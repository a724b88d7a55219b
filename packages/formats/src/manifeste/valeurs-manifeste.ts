import type { FactureNormalisee, Partie } from '@choral/domain/facture';
import { siretEtSiren } from '@choral/domain/facture';

/** Scalar as the corpus manifest writes it: amounts are JSON numbers, identifiers strings. */
export type ValeurManifeste = string | number | null;

/** An object of the corpus `MANIFEST.json` `expected` block (or a reader's output mapped to it). */
export type ValeursManifeste = { [cle: string]: ValeurManifeste | ValeursManifeste | ValeursManifeste[] };

/** One entry of the corpus `MANIFEST.json`. */
export interface EntreeManifeste {
  path: string;
  format: 'facturx' | 'cii' | 'ubl' | 'pdf';
  profile: string | null;
  documentType: 'invoice' | 'creditNote' | null;
  typeCode: string | null;
  profileUrn?: string;
  pdf?: { invoiceXmlName?: string; embeddedFiles: { name: string; afRelationship: string | null }[] };
  expected: ValeursManifeste | null;
  identifierChecks?: Record<string, boolean>;
  arithmeticChecks?: Record<string, boolean>;
}

function identifiantPrincipal(partie: Partie, btLegal: string, btAutre: string): ValeursManifeste | null {
  if (partie.identifiantLegal !== null) {
    return { id: partie.identifiantLegal.valeur, scheme: partie.identifiantLegal.schema, bt: btLegal };
  }
  const premier = partie.identifiants[0];
  return premier === undefined ? null : { id: premier.valeur, scheme: premier.schema, bt: btAutre };
}

function valeursPartie(partie: Partie, prefixe: 'seller' | 'buyer'): ValeursManifeste {
  const { siret, siren } = siretEtSiren(partie);
  const [btLegal, btAutre] = prefixe === 'seller' ? ['BT-30', 'BT-29'] : ['BT-47', 'BT-46'];
  return {
    [`${prefixe}Name`]: partie.nom,
    [`${prefixe}TradingName`]: partie.nomCommercial,
    [`${prefixe}Siret`]: siret,
    [`${prefixe}Siren`]: siren,
    [`${prefixe}Id`]: identifiantPrincipal(partie, btLegal, btAutre),
    [`${prefixe}LegalId`]:
      partie.identifiantLegal === null
        ? null
        : { id: partie.identifiantLegal.valeur, scheme: partie.identifiantLegal.schema },
    [`${prefixe}Identifiers`]: partie.identifiants.map((id) => ({ id: id.valeur, scheme: id.schema })),
    [`${prefixe}VatId`]: partie.numeroTva,
    [`${prefixe}Country`]: partie.adresse?.pays ?? null,
  };
}

/** The normalized invoice expressed with the manifest's keys, for corpus checks and benchmarks. */
export function valeursDepuisFacture(facture: FactureNormalisee): ValeursManifeste {
  const comptableDistincte = facture.deviseComptable !== null && facture.deviseComptable !== facture.devise;
  return {
    invoiceNumber: facture.numero,
    issueDate: facture.dateEmission,
    typeCode: facture.codeType,
    currency: facture.devise,
    ...valeursPartie(facture.vendeur, 'seller'),
    ...valeursPartie(facture.acheteur, 'buyer'),
    buyerReference: facture.referenceAcheteur,
    purchaseOrderReference: facture.numeroEngagement,
    contractReference: facture.referenceContrat,
    dueDate: facture.dateEcheance,
    lineCount: facture.lignes.length,
    lines: facture.lignes.map((ligne) => ({
      id: ligne.id,
      netAmount: ligne.montantNet,
      vatCategory: ligne.categorieTva,
      vatRate: ligne.tauxTva,
      lineStatusReasonCode: ligne.statut,
      parentLineId: ligne.idLigneParente,
    })),
    lineTotal: facture.totaux.totalLignes,
    allowanceTotal: facture.totaux.totalRemises,
    chargeTotal: facture.totaux.totalFrais,
    totalWithoutVat: facture.totaux.totalHt,
    totalVat: facture.totaux.totalTva,
    totalWithVat: facture.totaux.totalTtc,
    prepaidAmount: facture.totaux.montantPrepaye,
    roundingAmount: facture.totaux.arrondi,
    amountDue: facture.totaux.netAPayer,
    taxCurrency: comptableDistincte ? facture.deviseComptable : null,
    totalVatInTaxCurrency: comptableDistincte ? facture.totaux.totalTvaDeviseComptable : null,
    vatBreakdown: facture.ventilationTva.map((ligne) => ({
      rate: ligne.taux,
      category: ligne.categorie,
      taxableAmount: ligne.baseImposable,
      taxAmount: ligne.montant,
      exemptionReasonCode: ligne.codeMotifExoneration,
      exemptionReason: ligne.motifExoneration,
    })),
  };
}
