import type { Adresse, FactureNormalisee, LigneTva, Partie, RemiseOuFrais } from '@choral/domain/facture';
import { NS } from '../espaces-noms.ts';
import { conteneur, type ElementXml, feuille, groupe, serialiserXml } from '../xml/ecrire-xml.ts';
import { dateCii, montant } from './format-valeurs.ts';

function date(nom: string, valeur: string | null, prefixe = 'udt'): ElementXml | null {
  return groupe(nom, [feuille(`${prefixe}:DateTimeString`, dateCii(valeur), { format: '102' })]);
}

function adresse(valeur: Adresse | null): ElementXml | null {
  if (valeur === null) return null;
  return conteneur('ram:PostalTradeAddress', [
    feuille('ram:PostcodeCode', valeur.codePostal),
    feuille('ram:LineOne', valeur.ligne1),
    feuille('ram:LineTwo', valeur.ligne2),
    feuille('ram:LineThree', valeur.ligne3),
    feuille('ram:CityName', valeur.ville),
    feuille('ram:CountryID', valeur.pays),
    feuille('ram:CountrySubDivisionName', valeur.subdivision),
  ]);
}

function partie(nom: string, p: Partie): ElementXml {
  return conteneur(nom, [
    // Without a scheme the identifier is an ID; with one, a GlobalID (EN 16931 CII binding).
    ...p.identifiants.filter((id) => id.schema === null).map((id) => feuille('ram:ID', id.valeur)),
    ...p.identifiants
      .filter((id) => id.schema !== null)
      .map((id) => feuille('ram:GlobalID', id.valeur, { schemeID: id.schema })),
    feuille('ram:Name', p.nom),
    groupe('ram:SpecifiedLegalOrganization', [
      feuille('ram:ID', p.identifiantLegal?.valeur, { schemeID: p.identifiantLegal?.schema }),
      feuille('ram:TradingBusinessName', p.nomCommercial),
    ]),
    adresse(p.adresse),
    groupe('ram:URIUniversalCommunication', [
      feuille('ram:URIID', p.adresseElectronique?.valeur, { schemeID: p.adresseElectronique?.schema }),
    ]),
    groupe('ram:SpecifiedTaxRegistration', [feuille('ram:ID', p.numeroTva, { schemeID: 'VA' })]),
    groupe('ram:SpecifiedTaxRegistration', [feuille('ram:ID', p.identifiantFiscal, { schemeID: 'FC' })]),
  ]);
}

function remiseOuFrais(element: RemiseOuFrais): ElementXml {
  return conteneur('ram:SpecifiedTradeAllowanceCharge', [
    groupe('ram:ChargeIndicator', [feuille('udt:Indicator', element.nature === 'frais' ? 'true' : 'false')]),
    feuille('ram:CalculationPercent', element.pourcentage),
    feuille('ram:BasisAmount', montant(element.base)),
    feuille('ram:ActualAmount', montant(element.montant)),
    feuille('ram:ReasonCode', element.codeMotif),
    feuille('ram:Reason', element.motif),
    element.categorieTva === null && element.tauxTva === null
      ? null
      : conteneur('ram:CategoryTradeTax', [
          feuille('ram:TypeCode', 'VAT'),
          feuille('ram:CategoryCode', element.categorieTva),
          feuille('ram:RateApplicablePercent', element.tauxTva),
        ]),
  ]);
}

function ligneTva(ligne: LigneTva): ElementXml {
  return conteneur('ram:ApplicableTradeTax', [
    feuille('ram:CalculatedAmount', montant(ligne.montant)),
    feuille('ram:TypeCode', 'VAT'),
    feuille('ram:ExemptionReason', ligne.motifExoneration),
    feuille('ram:BasisAmount', montant(ligne.baseImposable)),
    feuille('ram:CategoryCode', ligne.categorie),
    feuille('ram:ExemptionReasonCode', ligne.codeMotifExoneration),
    feuille('ram:RateApplicablePercent', ligne.taux),
  ]);
}

function lignes(f: FactureNormalisee): ElementXml[] {
  return f.lignes.map((ligne) =>
    conteneur('ram:IncludedSupplyChainTradeLineItem', [
      conteneur('ram:AssociatedDocumentLineDocument', [
        feuille('ram:LineID', ligne.id),
        feuille('ram:ParentLineID', ligne.idLigneParente),
        feuille('ram:LineStatusReasonCode', ligne.statut),
      ]),
      conteneur('ram:SpecifiedTradeProduct', [
        feuille('ram:Name', ligne.nom),
        feuille('ram:Description', ligne.description),
      ]),
      conteneur('ram:SpecifiedLineTradeAgreement', [
        groupe('ram:GrossPriceProductTradePrice', [feuille('ram:ChargeAmount', ligne.prixUnitaireBrut)]),
        groupe('ram:NetPriceProductTradePrice', [
          feuille('ram:ChargeAmount', ligne.prixUnitaireNet),
          feuille('ram:BasisQuantity', ligne.quantiteBase, { unitCode: ligne.unite }),
        ]),
      ]),
      conteneur('ram:SpecifiedLineTradeDelivery', [
        feuille('ram:BilledQuantity', ligne.quantite, { unitCode: ligne.unite }),
      ]),
      conteneur('ram:SpecifiedLineTradeSettlement', [
        groupe('ram:ApplicableTradeTax', [
          ligne.categorieTva === null && ligne.tauxTva === null ? null : feuille('ram:TypeCode', 'VAT'),
          feuille('ram:CategoryCode', ligne.categorieTva),
          feuille('ram:RateApplicablePercent', ligne.tauxTva),
        ]),
        ...ligne.remisesEtFrais.map(remiseOuFrais),
        groupe('ram:SpecifiedTradeSettlementLineMonetarySummation', [
          feuille('ram:LineTotalAmount', montant(ligne.montantNet)),
        ]),
      ]),
    ]),
  );
}

function reglement(f: FactureNormalisee): ElementXml {
  const t = f.totaux;
  return conteneur('ram:ApplicableHeaderTradeSettlement', [
    feuille('ram:TaxCurrencyCode', f.deviseComptable),
    feuille('ram:InvoiceCurrencyCode', f.devise),
    ...f.moyensPaiement.map((moyen) =>
      conteneur('ram:SpecifiedTradeSettlementPaymentMeans', [
        feuille('ram:TypeCode', moyen.code),
        feuille('ram:Information', moyen.libelle),
        groupe('ram:PayeePartyCreditorFinancialAccount', [feuille('ram:IBANID', moyen.compte)]),
        groupe('ram:PayeeSpecifiedCreditorFinancialInstitution', [feuille('ram:BICID', moyen.bic)]),
      ]),
    ),
    ...f.ventilationTva.map(ligneTva),
    f.periode === null
      ? null
      : conteneur('ram:BillingSpecifiedPeriod', [
          date('ram:StartDateTime', f.periode.debut),
          date('ram:EndDateTime', f.periode.fin),
        ]),
    ...f.remisesEtFrais.map(remiseOuFrais),
    groupe('ram:SpecifiedTradePaymentTerms', [
      feuille('ram:Description', f.conditionsPaiement),
      date('ram:DueDateDateTime', f.dateEcheance),
    ]),
    conteneur('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
      feuille('ram:LineTotalAmount', montant(t.totalLignes)),
      feuille('ram:ChargeTotalAmount', montant(t.totalFrais)),
      feuille('ram:AllowanceTotalAmount', montant(t.totalRemises)),
      feuille('ram:TaxBasisTotalAmount', montant(t.totalHt)),
      feuille('ram:TaxTotalAmount', montant(t.totalTva), { currencyID: f.devise }),
      feuille('ram:TaxTotalAmount', montant(t.totalTvaDeviseComptable), { currencyID: f.deviseComptable }),
      feuille('ram:RoundingAmount', montant(t.arrondi)),
      feuille('ram:GrandTotalAmount', montant(t.totalTtc)),
      feuille('ram:TotalPrepaidAmount', montant(t.montantPrepaye)),
      feuille('ram:DuePayableAmount', montant(t.netAPayer)),
    ]),
    f.factureAnterieure === null
      ? null
      : conteneur('ram:InvoiceReferencedDocument', [
          feuille('ram:IssuerAssignedID', f.factureAnterieure.numero),
          date('ram:FormattedIssueDateTime', f.factureAnterieure.date, 'qdt'),
        ]),
  ]);
}

/**
 * Writes the normalized invoice as UN/CEFACT CII D16B (the XML of Factur-X), elements in
 * schema order. `lireFacture` reads it back to the same model.
 */
export function ecrireCii(f: FactureNormalisee): string {
  return serialiserXml(
    conteneur(
      'rsm:CrossIndustryInvoice',
      [
        conteneur('rsm:ExchangedDocumentContext', [
          groupe('ram:BusinessProcessSpecifiedDocumentContextParameter', [
            feuille('ram:ID', f.cadreFacturation),
          ]),
          groupe('ram:GuidelineSpecifiedDocumentContextParameter', [feuille('ram:ID', f.specification)]),
        ]),
        conteneur('rsm:ExchangedDocument', [
          feuille('ram:ID', f.numero),
          feuille('ram:TypeCode', f.codeType),
          date('ram:IssueDateTime', f.dateEmission),
          ...f.notes.map((note) =>
            conteneur('ram:IncludedNote', [
              feuille('ram:Content', note.texte),
              feuille('ram:SubjectCode', note.sujet),
            ]),
          ),
        ]),
        conteneur('rsm:SupplyChainTradeTransaction', [
          ...lignes(f),
          conteneur('ram:ApplicableHeaderTradeAgreement', [
            feuille('ram:BuyerReference', f.referenceAcheteur),
            partie('ram:SellerTradeParty', f.vendeur),
            partie('ram:BuyerTradeParty', f.acheteur),
            groupe('ram:BuyerOrderReferencedDocument', [feuille('ram:IssuerAssignedID', f.numeroEngagement)]),
            groupe('ram:ContractReferencedDocument', [feuille('ram:IssuerAssignedID', f.referenceContrat)]),
          ]),
          conteneur('ram:ApplicableHeaderTradeDelivery', [
            groupe('ram:ShipToTradeParty', [
              groupe('ram:PostalTradeAddress', [feuille('ram:CountryID', f.paysLivraison)]),
            ]),
            groupe('ram:ActualDeliverySupplyChainEvent', [date('ram:OccurrenceDateTime', f.dateLivraison)]),
          ]),
          reglement(f),
        ]),
      ],
      { 'xmlns:rsm': NS.rsm, 'xmlns:ram': NS.ram, 'xmlns:udt': NS.udt, 'xmlns:qdt': NS.qdt },
    ),
  );
}
