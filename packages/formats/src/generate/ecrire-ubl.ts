import type { Adresse, FactureNormalisee, LigneFacture, Partie, RemiseOuFrais } from '@choral/domain/facture';
import { CODES_TYPE_AVOIR } from '@choral/domain/facture';
import { Decimal } from 'decimal.js';
import { NS } from '../espaces-noms.ts';
import { conteneur, type ElementXml, feuille, groupe, serialiserXml } from '../xml/ecrire-xml.ts';
import { montant } from './format-valeurs.ts';

function adresse(valeur: Adresse | null): ElementXml | null {
  if (valeur === null) return null;
  return conteneur('cac:PostalAddress', [
    feuille('cbc:StreetName', valeur.ligne1),
    feuille('cbc:AdditionalStreetName', valeur.ligne2),
    feuille('cbc:CityName', valeur.ville),
    feuille('cbc:PostalZone', valeur.codePostal),
    feuille('cbc:CountrySubentity', valeur.subdivision),
    groupe('cac:AddressLine', [feuille('cbc:Line', valeur.ligne3)]),
    groupe('cac:Country', [feuille('cbc:IdentificationCode', valeur.pays)]),
  ]);
}

function schemaFiscal(numero: string | null, schema: string): ElementXml | null {
  return groupe('cac:PartyTaxScheme', [
    feuille('cbc:CompanyID', numero),
    numero === null ? null : groupe('cac:TaxScheme', [feuille('cbc:ID', schema)]),
  ]);
}

function partie(nom: string, p: Partie): ElementXml {
  return conteneur(nom, [
    conteneur('cac:Party', [
      feuille('cbc:EndpointID', p.adresseElectronique?.valeur, { schemeID: p.adresseElectronique?.schema }),
      ...p.identifiants.map((id) =>
        conteneur('cac:PartyIdentification', [feuille('cbc:ID', id.valeur, { schemeID: id.schema })]),
      ),
      groupe('cac:PartyName', [feuille('cbc:Name', p.nomCommercial)]),
      adresse(p.adresse),
      schemaFiscal(p.numeroTva, 'VAT'),
      schemaFiscal(p.identifiantFiscal, 'TAX'),
      groupe('cac:PartyLegalEntity', [
        feuille('cbc:RegistrationName', p.nom),
        feuille('cbc:CompanyID', p.identifiantLegal?.valeur, { schemeID: p.identifiantLegal?.schema }),
      ]),
    ]),
  ]);
}

function categorieTva(
  nom: string,
  categorie: string | null,
  taux: string | null,
  extra: (ElementXml | null)[] = [],
): ElementXml | null {
  if (categorie === null && taux === null && extra.every((e) => e === null)) return null;
  return conteneur(nom, [
    feuille('cbc:ID', categorie),
    feuille('cbc:Percent', taux),
    ...extra,
    conteneur('cac:TaxScheme', [feuille('cbc:ID', 'VAT')]),
  ]);
}

/**
 * Writes the normalized invoice as UBL 2.1 (a CreditNote root for credit-note type codes),
 * elements in schema order. `lireFacture` reads it back to the same model, except the
 * EXTENDED sub-line hierarchy (statut, idLigneParente), which UBL cannot carry.
 */
export function ecrireUbl(f: FactureNormalisee): string {
  const avoir = f.codeType !== null && CODES_TYPE_AVOIR.has(f.codeType);
  const devise = { currencyID: f.devise };
  const t = f.totaux;

  const remiseOuFrais = (element: RemiseOuFrais): ElementXml =>
    conteneur('cac:AllowanceCharge', [
      feuille('cbc:ChargeIndicator', element.nature === 'frais' ? 'true' : 'false'),
      feuille('cbc:AllowanceChargeReasonCode', element.codeMotif),
      feuille('cbc:AllowanceChargeReason', element.motif),
      feuille('cbc:MultiplierFactorNumeric', element.pourcentage),
      feuille('cbc:Amount', montant(element.montant), devise),
      feuille('cbc:BaseAmount', montant(element.base), devise),
      categorieTva('cac:TaxCategory', element.categorieTva, element.tauxTva),
    ]);

  const ligne = (l: LigneFacture): ElementXml => {
    // UBL states the gross price as the base of a price discount whose amount is gross − net.
    const rabais =
      l.prixUnitaireBrut === null
        ? null
        : conteneur('cac:AllowanceCharge', [
            feuille('cbc:ChargeIndicator', 'false'),
            feuille(
              'cbc:Amount',
              new Decimal(l.prixUnitaireBrut).minus(l.prixUnitaireNet ?? 0).toFixed(),
              devise,
            ),
            feuille('cbc:BaseAmount', l.prixUnitaireBrut, devise),
          ]);
    return conteneur(avoir ? 'cac:CreditNoteLine' : 'cac:InvoiceLine', [
      feuille('cbc:ID', l.id),
      feuille(avoir ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', l.quantite, { unitCode: l.unite }),
      feuille('cbc:LineExtensionAmount', montant(l.montantNet), devise),
      ...l.remisesEtFrais.map(remiseOuFrais),
      conteneur('cac:Item', [
        feuille('cbc:Description', l.description),
        feuille('cbc:Name', l.nom),
        categorieTva('cac:ClassifiedTaxCategory', l.categorieTva, l.tauxTva),
      ]),
      groupe('cac:Price', [
        feuille('cbc:PriceAmount', l.prixUnitaireNet, devise),
        feuille('cbc:BaseQuantity', l.quantiteBase, { unitCode: l.unite }),
        rabais,
      ]),
    ]);
  };

  return serialiserXml(
    conteneur(
      avoir ? 'CreditNote' : 'Invoice',
      [
        feuille('cbc:CustomizationID', f.specification),
        feuille('cbc:ProfileID', f.cadreFacturation),
        feuille('cbc:ID', f.numero),
        feuille('cbc:IssueDate', f.dateEmission),
        // A CreditNote carries its due date in PaymentMeans (UBL-CR-412).
        avoir ? null : feuille('cbc:DueDate', f.dateEcheance),
        feuille(avoir ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', f.codeType),
        ...f.notes.map((note) =>
          feuille('cbc:Note', note.sujet === null ? note.texte : `#${note.sujet}#${note.texte}`),
        ),
        feuille('cbc:DocumentCurrencyCode', f.devise),
        feuille('cbc:TaxCurrencyCode', f.deviseComptable),
        feuille('cbc:BuyerReference', f.referenceAcheteur),
        f.periode === null
          ? null
          : conteneur('cac:InvoicePeriod', [
              feuille('cbc:StartDate', f.periode.debut),
              feuille('cbc:EndDate', f.periode.fin),
            ]),
        groupe('cac:OrderReference', [feuille('cbc:ID', f.numeroEngagement)]),
        f.factureAnterieure === null
          ? null
          : conteneur('cac:BillingReference', [
              conteneur('cac:InvoiceDocumentReference', [
                feuille('cbc:ID', f.factureAnterieure.numero),
                feuille('cbc:IssueDate', f.factureAnterieure.date),
              ]),
            ]),
        groupe('cac:ContractDocumentReference', [feuille('cbc:ID', f.referenceContrat)]),
        partie('cac:AccountingSupplierParty', f.vendeur),
        partie('cac:AccountingCustomerParty', f.acheteur),
        groupe('cac:Delivery', [
          feuille('cbc:ActualDeliveryDate', f.dateLivraison),
          groupe('cac:DeliveryLocation', [
            groupe('cac:Address', [
              groupe('cac:Country', [feuille('cbc:IdentificationCode', f.paysLivraison)]),
            ]),
          ]),
        ]),
        ...f.moyensPaiement.map((moyen, i) =>
          conteneur('cac:PaymentMeans', [
            feuille('cbc:PaymentMeansCode', moyen.code, { name: moyen.libelle }),
            avoir && i === 0 ? feuille('cbc:PaymentDueDate', f.dateEcheance) : null,
            groupe('cac:PayeeFinancialAccount', [
              feuille('cbc:ID', moyen.compte),
              groupe('cac:FinancialInstitutionBranch', [feuille('cbc:ID', moyen.bic)]),
            ]),
          ]),
        ),
        groupe('cac:PaymentTerms', [
          feuille('cbc:Note', f.conditionsPaiement),
          // Without payment means, a credit note keeps its due date in the payment terms.
          avoir && f.moyensPaiement.length === 0 ? feuille('cbc:PaymentDueDate', f.dateEcheance) : null,
        ]),
        ...f.remisesEtFrais.map(remiseOuFrais),
        groupe('cac:TaxTotal', [
          feuille('cbc:TaxAmount', montant(t.totalTva), devise),
          ...f.ventilationTva.map((v) =>
            conteneur('cac:TaxSubtotal', [
              feuille('cbc:TaxableAmount', montant(v.baseImposable), devise),
              feuille('cbc:TaxAmount', montant(v.montant), devise),
              categorieTva('cac:TaxCategory', v.categorie, v.taux, [
                feuille('cbc:TaxExemptionReasonCode', v.codeMotifExoneration),
                feuille('cbc:TaxExemptionReason', v.motifExoneration),
              ]),
            ]),
          ),
        ]),
        groupe('cac:TaxTotal', [
          feuille('cbc:TaxAmount', montant(t.totalTvaDeviseComptable), { currencyID: f.deviseComptable }),
        ]),
        conteneur('cac:LegalMonetaryTotal', [
          feuille('cbc:LineExtensionAmount', montant(t.totalLignes), devise),
          feuille('cbc:TaxExclusiveAmount', montant(t.totalHt), devise),
          feuille('cbc:TaxInclusiveAmount', montant(t.totalTtc), devise),
          feuille('cbc:AllowanceTotalAmount', montant(t.totalRemises), devise),
          feuille('cbc:ChargeTotalAmount', montant(t.totalFrais), devise),
          feuille('cbc:PrepaidAmount', montant(t.montantPrepaye), devise),
          feuille('cbc:PayableRoundingAmount', montant(t.arrondi), devise),
          feuille('cbc:PayableAmount', montant(t.netAPayer), devise),
        ]),
        ...f.lignes.map(ligne),
      ],
      { xmlns: avoir ? NS.ublCreditNote : NS.ublInvoice, 'xmlns:cac': NS.cac, 'xmlns:cbc': NS.cbc },
    ),
  );
}
