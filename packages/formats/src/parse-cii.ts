import type {
  Adresse,
  FactureNormalisee,
  Identifiant,
  LigneFacture,
  LigneTva,
  MoyenPaiement,
  Note,
  Partie,
  RemiseOuFrais,
} from '@choral/domain/facture';
import { typeDocumentDepuisCode } from '@choral/domain/facture';
import { NS } from './espaces-noms.ts';
import { totauxTvaParDevise } from './totaux-tva.ts';
import { creerValeursLues, dateIso } from './valeurs-lues.ts';
import type { NoeudXml } from './xml/arbre-xml.ts';
import { attribut, creerLecteurXml, texteNoeud } from './xml/lecteur-xml.ts';

/**
 * Element names that differ between CII D16B (Factur-X, ZUGFeRD 2.x, XRechnung CII) and the
 * legacy ZUGFeRD 1.0 CrossIndustryDocument; everything else is shared.
 */
interface Dialecte {
  espaces: Record<'rsm' | 'ram' | 'udt' | 'qdt', string>;
  contexte: string;
  document: string;
  transaction: string;
  accord: string;
  livraison: string;
  reglement: string;
  totaux: string;
  taux: string;
  idDocumentReference: string;
  ligneAccord: string;
  ligneLivraison: string;
  ligneReglement: string;
  ligneTotaux: string;
}

const D16B: Dialecte = {
  espaces: { rsm: NS.rsm, ram: NS.ram, udt: NS.udt, qdt: NS.qdt },
  contexte: 'rsm:ExchangedDocumentContext',
  document: 'rsm:ExchangedDocument',
  transaction: 'rsm:SupplyChainTradeTransaction',
  accord: 'ram:ApplicableHeaderTradeAgreement',
  livraison: 'ram:ApplicableHeaderTradeDelivery',
  reglement: 'ram:ApplicableHeaderTradeSettlement',
  totaux: 'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
  taux: 'ram:RateApplicablePercent',
  idDocumentReference: 'ram:IssuerAssignedID',
  ligneAccord: 'ram:SpecifiedLineTradeAgreement',
  ligneLivraison: 'ram:SpecifiedLineTradeDelivery',
  ligneReglement: 'ram:SpecifiedLineTradeSettlement',
  ligneTotaux: 'ram:SpecifiedTradeSettlementLineMonetarySummation',
};

const ZUGFERD_1: Dialecte = {
  espaces: { rsm: NS.zf1Rsm, ram: NS.zf1Ram, udt: NS.zf1Udt, qdt: NS.qdt },
  contexte: 'rsm:SpecifiedExchangedDocumentContext',
  document: 'rsm:HeaderExchangedDocument',
  transaction: 'rsm:SpecifiedSupplyChainTradeTransaction',
  accord: 'ram:ApplicableSupplyChainTradeAgreement',
  livraison: 'ram:ApplicableSupplyChainTradeDelivery',
  reglement: 'ram:ApplicableSupplyChainTradeSettlement',
  totaux: 'ram:SpecifiedTradeSettlementMonetarySummation',
  taux: 'ram:ApplicablePercent',
  idDocumentReference: 'ram:ID',
  ligneAccord: 'ram:SpecifiedSupplyChainTradeAgreement',
  ligneLivraison: 'ram:SpecifiedSupplyChainTradeDelivery',
  ligneReglement: 'ram:SpecifiedSupplyChainTradeSettlement',
  ligneTotaux: 'ram:SpecifiedTradeSettlementMonetarySummation',
};

function dialecteDe(racine: NoeudXml): Dialecte {
  return racine.ns === NS.zf1Rsm ? ZUGFERD_1 : D16B;
}

const lecteurs = new Map<Dialecte, ReturnType<typeof creerLecteurXml>>();
function lecteurDe(dialecte: Dialecte): ReturnType<typeof creerLecteurXml> {
  let lecteur = lecteurs.get(dialecte);
  if (lecteur === undefined) {
    lecteur = creerLecteurXml(dialecte.espaces);
    lecteurs.set(dialecte, lecteur);
  }
  return lecteur;
}

/** BT-24 of a CII or ZUGFeRD 1.0 document. */
export function specificationCii(racine: NoeudXml): string | null {
  const d = dialecteDe(racine);
  return lecteurDe(d).texte(racine, `${d.contexte}/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID`);
}

/**
 * Maps a CII D16B (or ZUGFeRD 1.0) document to the normalized invoice, following the
 * EN 16931 CII binding. Never throws on missing content: absent elements become `null`.
 */
export function lireCii(racine: NoeudXml): { facture: FactureNormalisee; avertissements: string[] } {
  const d = dialecteDe(racine);
  const x = lecteurDe(d);
  const v = creerValeursLues();

  const date = (depart: NoeudXml | undefined, chemin: string): string | null =>
    dateIso(x.texte(depart, `${chemin}/udt:DateTimeString`));
  const identifiant = (noeud: NoeudXml | undefined): Identifiant | null => {
    const valeur = texteNoeud(noeud);
    return valeur === null ? null : { valeur, schema: attribut(noeud, 'schemeID') };
  };

  const document = x.un(racine, d.document);
  const transaction = x.un(racine, d.transaction);
  const accord = x.un(transaction, d.accord);
  const livraison = x.un(transaction, d.livraison);
  const reglement = x.un(transaction, d.reglement);
  const totaux = x.un(reglement, d.totaux);
  const devise = x.texte(reglement, 'ram:InvoiceCurrencyCode');
  const deviseComptable = x.texte(reglement, 'ram:TaxCurrencyCode');

  const adresse = (noeud: NoeudXml | undefined): Adresse | null =>
    noeud === undefined
      ? null
      : {
          ligne1: x.texte(noeud, 'ram:LineOne'),
          ligne2: x.texte(noeud, 'ram:LineTwo'),
          ligne3: x.texte(noeud, 'ram:LineThree'),
          codePostal: x.texte(noeud, 'ram:PostcodeCode'),
          ville: x.texte(noeud, 'ram:CityName'),
          subdivision: x.texte(noeud, 'ram:CountrySubDivisionName'),
          pays: x.texte(noeud, 'ram:CountryID'),
        };

  const enregistrementFiscal = (partie: NoeudXml | undefined, schema: string): string | null =>
    texteNoeud(
      x.tous(partie, 'ram:SpecifiedTaxRegistration/ram:ID').find((n) => attribut(n, 'schemeID') === schema),
    );

  const partie = (noeud: NoeudXml | undefined): Partie => ({
    nom: x.texte(noeud, 'ram:Name'),
    nomCommercial: x.texte(noeud, 'ram:SpecifiedLegalOrganization/ram:TradingBusinessName'),
    // ID and GlobalID both carry BT-29/BT-46; document order is kept.
    identifiants: (noeud?.enfants ?? [])
      .filter((e) => e.ns === d.espaces.ram && (e.nom === 'ID' || e.nom === 'GlobalID'))
      .map(identifiant)
      .filter((id): id is Identifiant => id !== null),
    identifiantLegal: identifiant(x.un(noeud, 'ram:SpecifiedLegalOrganization/ram:ID')),
    numeroTva: enregistrementFiscal(noeud, 'VA'),
    identifiantFiscal: enregistrementFiscal(noeud, 'FC'),
    adresseElectronique: identifiant(x.un(noeud, 'ram:URIUniversalCommunication/ram:URIID')),
    adresse: adresse(x.un(noeud, 'ram:PostalTradeAddress')),
  });

  const remiseOuFrais = (noeud: NoeudXml, emplacement: string): RemiseOuFrais => ({
    nature:
      x.texte(noeud, 'ram:ChargeIndicator/udt:Indicator')?.toLowerCase() === 'true' ? 'frais' : 'remise',
    montant: v.decimal(x.texte(noeud, 'ram:ActualAmount'), `${emplacement}/ActualAmount`),
    base: v.decimal(x.texte(noeud, 'ram:BasisAmount'), `${emplacement}/BasisAmount`),
    pourcentage: v.decimal(x.texte(noeud, 'ram:CalculationPercent'), `${emplacement}/CalculationPercent`),
    categorieTva: x.texte(noeud, 'ram:CategoryTradeTax/ram:CategoryCode'),
    tauxTva: v.decimal(x.texte(noeud, `ram:CategoryTradeTax/${d.taux}`), `${emplacement}/CategoryTradeTax`),
    motif: x.texte(noeud, 'ram:Reason'),
    codeMotif: x.texte(noeud, 'ram:ReasonCode'),
  });

  // ZUGFeRD 1.0 writes shipping costs as a logistics service charge: a document-level charge in EN 16931.
  const fraisLogistique = (noeud: NoeudXml, emplacement: string): RemiseOuFrais => ({
    nature: 'frais',
    montant: v.decimal(x.texte(noeud, 'ram:AppliedAmount'), `${emplacement}/AppliedAmount`),
    base: null,
    pourcentage: null,
    categorieTva: x.texte(noeud, 'ram:AppliedTradeTax/ram:CategoryCode'),
    tauxTva: v.decimal(x.texte(noeud, `ram:AppliedTradeTax/${d.taux}`), `${emplacement}/AppliedTradeTax`),
    motif: x.texte(noeud, 'ram:Description'),
    codeMotif: null,
  });

  const ligne = (noeud: NoeudXml, rang: number): LigneFacture | null => {
    const emplacement = `IncludedSupplyChainTradeLineItem[${rang}]`;
    const documentLigne = x.un(noeud, 'ram:AssociatedDocumentLineDocument');
    const accordLigne = x.un(noeud, d.ligneAccord);
    const reglementLigne = x.un(noeud, d.ligneReglement);
    const quantite = x.un(noeud, `${d.ligneLivraison}/ram:BilledQuantity`);
    const id = x.texte(documentLigne, 'ram:LineID');
    const montantNet = v.decimal(
      x.texte(reglementLigne, `${d.ligneTotaux}/ram:LineTotalAmount`),
      emplacement,
    );
    // A line without id nor amount is a free-text note line (ZUGFeRD 1.0), not an invoice line.
    if (id === null && montantNet === null) return null;
    return {
      id,
      nom: x.texte(noeud, 'ram:SpecifiedTradeProduct/ram:Name'),
      description: x.texte(noeud, 'ram:SpecifiedTradeProduct/ram:Description'),
      quantite: v.decimal(texteNoeud(quantite), `${emplacement}/BilledQuantity`),
      unite: attribut(quantite, 'unitCode'),
      prixUnitaireNet: v.decimal(
        x.texte(accordLigne, 'ram:NetPriceProductTradePrice/ram:ChargeAmount'),
        `${emplacement}/NetPriceProductTradePrice`,
      ),
      prixUnitaireBrut: v.decimal(
        x.texte(accordLigne, 'ram:GrossPriceProductTradePrice/ram:ChargeAmount'),
        `${emplacement}/GrossPriceProductTradePrice`,
      ),
      quantiteBase: v.decimal(
        x.texte(accordLigne, 'ram:NetPriceProductTradePrice/ram:BasisQuantity'),
        `${emplacement}/BasisQuantity`,
      ),
      montantNet,
      categorieTva: x.texte(reglementLigne, 'ram:ApplicableTradeTax/ram:CategoryCode'),
      tauxTva: v.decimal(
        x.texte(reglementLigne, `ram:ApplicableTradeTax/${d.taux}`),
        `${emplacement}/ApplicableTradeTax`,
      ),
      remisesEtFrais: x
        .tous(reglementLigne, 'ram:SpecifiedTradeAllowanceCharge')
        .map((n, i) => remiseOuFrais(n, `${emplacement}/SpecifiedTradeAllowanceCharge[${i + 1}]`)),
      statut: x.texte(documentLigne, 'ram:LineStatusReasonCode'),
      idLigneParente: x.texte(documentLigne, 'ram:ParentLineID'),
    };
  };

  const ligneTva = (noeud: NoeudXml, rang: number): LigneTva => {
    const emplacement = `ApplicableTradeTax[${rang}]`;
    return {
      categorie: x.texte(noeud, 'ram:CategoryCode'),
      taux: v.decimal(x.texte(noeud, d.taux), `${emplacement}/${d.taux}`),
      baseImposable: v.decimal(x.texte(noeud, 'ram:BasisAmount'), `${emplacement}/BasisAmount`),
      montant: v.decimal(x.texte(noeud, 'ram:CalculatedAmount'), `${emplacement}/CalculatedAmount`),
      motifExoneration: x.texte(noeud, 'ram:ExemptionReason'),
      codeMotifExoneration: x.texte(noeud, 'ram:ExemptionReasonCode'),
    };
  };

  const moyenPaiement = (noeud: NoeudXml): MoyenPaiement => ({
    code: x.texte(noeud, 'ram:TypeCode'),
    libelle: x.texte(noeud, 'ram:Information'),
    compte:
      x.texte(noeud, 'ram:PayeePartyCreditorFinancialAccount/ram:IBANID') ??
      x.texte(noeud, 'ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID'),
    bic: x.texte(noeud, 'ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID'),
  });

  const note = (noeud: NoeudXml): Note | null => {
    const texte = x.texte(noeud, 'ram:Content');
    return texte === null ? null : { sujet: x.texte(noeud, 'ram:SubjectCode'), texte };
  };

  const montantTotal = (nom: string): string | null =>
    v.decimal(x.texte(totaux, `ram:${nom}`), `${d.totaux}/${nom}`);
  const [totalTva, totalTvaComptable] = totauxTvaParDevise(
    x.tous(totaux, 'ram:TaxTotalAmount'),
    devise,
    deviseComptable,
    v,
  );
  const termes = x.tous(reglement, 'ram:SpecifiedTradePaymentTerms');
  const periode = x.un(reglement, 'ram:BillingSpecifiedPeriod');
  const anterieure = x.un(reglement, 'ram:InvoiceReferencedDocument');
  const numeroAnterieur = x.texte(anterieure, 'ram:IssuerAssignedID');
  const codeType = x.texte(document, 'ram:TypeCode');

  const facture: FactureNormalisee = {
    specification: specificationCii(racine),
    cadreFacturation: x.texte(
      racine,
      `${d.contexte}/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID`,
    ),
    numero: x.texte(document, 'ram:ID'),
    type: typeDocumentDepuisCode(codeType),
    codeType,
    dateEmission: date(document, 'ram:IssueDateTime'),
    dateEcheance:
      termes.map((terme) => date(terme, 'ram:DueDateDateTime')).find((echeance) => echeance !== null) ?? null,
    dateLivraison: date(livraison, 'ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime'),
    periode:
      periode === undefined
        ? null
        : { debut: date(periode, 'ram:StartDateTime'), fin: date(periode, 'ram:EndDateTime') },
    devise,
    deviseComptable,
    notes: x
      .tous(document, 'ram:IncludedNote')
      .map(note)
      .filter((n): n is Note => n !== null),
    vendeur: partie(x.un(accord, 'ram:SellerTradeParty')),
    acheteur: partie(x.un(accord, 'ram:BuyerTradeParty')),
    paysLivraison: x.texte(livraison, 'ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID'),
    referenceAcheteur: x.texte(accord, 'ram:BuyerReference'),
    numeroEngagement: x.texte(accord, `ram:BuyerOrderReferencedDocument/${d.idDocumentReference}`),
    referenceContrat: x.texte(accord, `ram:ContractReferencedDocument/${d.idDocumentReference}`),
    factureAnterieure:
      numeroAnterieur === null
        ? null
        : {
            numero: numeroAnterieur,
            date: dateIso(x.texte(anterieure, 'ram:FormattedIssueDateTime/qdt:DateTimeString')),
          },
    conditionsPaiement:
      termes.map((terme) => x.texte(terme, 'ram:Description')).find((texte) => texte !== null) ?? null,
    moyensPaiement: x.tous(reglement, 'ram:SpecifiedTradeSettlementPaymentMeans').map(moyenPaiement),
    lignes: x
      .tous(transaction, 'ram:IncludedSupplyChainTradeLineItem')
      .map((n, i) => ligne(n, i + 1))
      .filter((l): l is LigneFacture => l !== null),
    remisesEtFrais: [
      ...x
        .tous(reglement, 'ram:SpecifiedTradeAllowanceCharge')
        .map((n, i) => remiseOuFrais(n, `SpecifiedTradeAllowanceCharge[${i + 1}]`)),
      ...x
        .tous(reglement, 'ram:SpecifiedLogisticsServiceCharge')
        .map((n, i) => fraisLogistique(n, `SpecifiedLogisticsServiceCharge[${i + 1}]`)),
    ],
    ventilationTva: x.tous(reglement, 'ram:ApplicableTradeTax').map((n, i) => ligneTva(n, i + 1)),
    totaux: {
      totalLignes: montantTotal('LineTotalAmount'),
      totalRemises: montantTotal('AllowanceTotalAmount'),
      totalFrais: montantTotal('ChargeTotalAmount'),
      totalHt: montantTotal('TaxBasisTotalAmount'),
      totalTva,
      totalTvaDeviseComptable: totalTvaComptable,
      totalTtc: montantTotal('GrandTotalAmount'),
      montantPrepaye: montantTotal('TotalPrepaidAmount'),
      arrondi: montantTotal('RoundingAmount'),
      netAPayer: montantTotal('DuePayableAmount'),
    },
  };
  return { facture, avertissements: v.avertissements };
}
