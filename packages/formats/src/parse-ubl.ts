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
import { creerValeursLues } from './valeurs-lues.ts';
import type { NoeudXml } from './xml/arbre-xml.ts';
import { attribut, creerLecteurXml, texteNoeud } from './xml/lecteur-xml.ts';

const x = creerLecteurXml({ cac: NS.cac, cbc: NS.cbc });

/** Peppol and the French CTC write the note subject as a "#CODE#" prefix. */
const NOTE_AVEC_SUJET = /^#([A-Za-z0-9]{1,10})#([\s\S]*)$/;

/** BT-24 of a UBL Invoice or CreditNote. */
export function specificationUbl(racine: NoeudXml): string | null {
  return x.texte(racine, 'cbc:CustomizationID');
}

function identifiant(noeud: NoeudXml | undefined): Identifiant | null {
  const valeur = texteNoeud(noeud);
  return valeur === null ? null : { valeur, schema: attribut(noeud, 'schemeID') };
}

function adresse(noeud: NoeudXml | undefined): Adresse | null {
  return noeud === undefined
    ? null
    : {
        ligne1: x.texte(noeud, 'cbc:StreetName'),
        ligne2: x.texte(noeud, 'cbc:AdditionalStreetName'),
        ligne3: x.texte(noeud, 'cac:AddressLine/cbc:Line'),
        codePostal: x.texte(noeud, 'cbc:PostalZone'),
        ville: x.texte(noeud, 'cbc:CityName'),
        subdivision: x.texte(noeud, 'cbc:CountrySubentity'),
        pays: x.texte(noeud, 'cac:Country/cbc:IdentificationCode'),
      };
}

function partie(noeud: NoeudXml | undefined): Partie {
  // PartyTaxScheme order is free: the VAT one is chosen by its TaxScheme/ID.
  const schemasFiscaux = x.tous(noeud, 'cac:PartyTaxScheme');
  const estTva = (n: NoeudXml): boolean => x.texte(n, 'cac:TaxScheme/cbc:ID')?.toUpperCase() === 'VAT';
  const tva = schemasFiscaux.find(estTva);
  const autre = schemasFiscaux.find((n) => !estTva(n));
  return {
    nom: x.texte(noeud, 'cac:PartyLegalEntity/cbc:RegistrationName'),
    nomCommercial: x.texte(noeud, 'cac:PartyName/cbc:Name'),
    identifiants: x
      .tous(noeud, 'cac:PartyIdentification/cbc:ID')
      .map(identifiant)
      .filter((id): id is Identifiant => id !== null),
    identifiantLegal: identifiant(x.un(noeud, 'cac:PartyLegalEntity/cbc:CompanyID')),
    numeroTva: x.texte(tva, 'cbc:CompanyID'),
    identifiantFiscal: x.texte(autre, 'cbc:CompanyID'),
    adresseElectronique: identifiant(x.un(noeud, 'cbc:EndpointID')),
    adresse: adresse(x.un(noeud, 'cac:PostalAddress')),
  };
}

function note(noeud: NoeudXml): Note | null {
  const texte = texteNoeud(noeud);
  if (texte === null) return null;
  const avecSujet = NOTE_AVEC_SUJET.exec(texte);
  return avecSujet
    ? { sujet: avecSujet[1] ?? null, texte: (avecSujet[2] ?? '').trim() }
    : { sujet: null, texte };
}

function moyenPaiement(noeud: NoeudXml): MoyenPaiement {
  return {
    code: x.texte(noeud, 'cbc:PaymentMeansCode'),
    libelle: attribut(x.un(noeud, 'cbc:PaymentMeansCode'), 'name'),
    compte: x.texte(noeud, 'cac:PayeeFinancialAccount/cbc:ID'),
    bic: x.texte(noeud, 'cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID'),
  };
}

/**
 * Maps a UBL 2.1 Invoice or CreditNote to the normalized invoice, following the EN 16931
 * UBL binding. Never throws on missing content: absent elements become `null`.
 */
export function lireUbl(racine: NoeudXml): { facture: FactureNormalisee; avertissements: string[] } {
  const v = creerValeursLues();
  const avoir = racine.ns === NS.ublCreditNote;
  const devise = x.texte(racine, 'cbc:DocumentCurrencyCode');
  const deviseComptable = x.texte(racine, 'cbc:TaxCurrencyCode');
  const totaux = x.un(racine, 'cac:LegalMonetaryTotal');
  const periode = x.un(racine, 'cac:InvoicePeriod');
  const anterieure = x.un(racine, 'cac:BillingReference/cac:InvoiceDocumentReference');
  const numeroAnterieur = x.texte(anterieure, 'cbc:ID');
  const codeType = x.texte(racine, avoir ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode');

  const remiseOuFrais = (noeud: NoeudXml, emplacement: string): RemiseOuFrais => ({
    nature: x.texte(noeud, 'cbc:ChargeIndicator')?.toLowerCase() === 'true' ? 'frais' : 'remise',
    montant: v.decimal(x.texte(noeud, 'cbc:Amount'), `${emplacement}/Amount`),
    base: v.decimal(x.texte(noeud, 'cbc:BaseAmount'), `${emplacement}/BaseAmount`),
    pourcentage: v.decimal(
      x.texte(noeud, 'cbc:MultiplierFactorNumeric'),
      `${emplacement}/MultiplierFactorNumeric`,
    ),
    categorieTva: x.texte(noeud, 'cac:TaxCategory/cbc:ID'),
    tauxTva: v.decimal(x.texte(noeud, 'cac:TaxCategory/cbc:Percent'), `${emplacement}/TaxCategory/Percent`),
    motif: x.texte(noeud, 'cbc:AllowanceChargeReason'),
    codeMotif: x.texte(noeud, 'cbc:AllowanceChargeReasonCode'),
  });

  const ligne = (noeud: NoeudXml, rang: number): LigneFacture => {
    const emplacement = `${noeud.nom}[${rang}]`;
    const quantite = x.un(noeud, avoir ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity');
    const prix = x.un(noeud, 'cac:Price');
    return {
      id: x.texte(noeud, 'cbc:ID'),
      nom: x.texte(noeud, 'cac:Item/cbc:Name'),
      description: x.texte(noeud, 'cac:Item/cbc:Description'),
      quantite: v.decimal(texteNoeud(quantite), `${emplacement}/Quantity`),
      unite: attribut(quantite, 'unitCode'),
      prixUnitaireNet: v.decimal(x.texte(prix, 'cbc:PriceAmount'), `${emplacement}/Price/PriceAmount`),
      prixUnitaireBrut: v.decimal(
        x.texte(prix, 'cac:AllowanceCharge/cbc:BaseAmount'),
        `${emplacement}/Price/BaseAmount`,
      ),
      quantiteBase: v.decimal(x.texte(prix, 'cbc:BaseQuantity'), `${emplacement}/Price/BaseQuantity`),
      montantNet: v.decimal(x.texte(noeud, 'cbc:LineExtensionAmount'), `${emplacement}/LineExtensionAmount`),
      categorieTva: x.texte(noeud, 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID'),
      tauxTva: v.decimal(
        x.texte(noeud, 'cac:Item/cac:ClassifiedTaxCategory/cbc:Percent'),
        `${emplacement}/Percent`,
      ),
      remisesEtFrais: x
        .tous(noeud, 'cac:AllowanceCharge')
        .map((n, i) => remiseOuFrais(n, `${emplacement}/AllowanceCharge[${i + 1}]`)),
      statut: null,
      idLigneParente: null,
    };
  };

  const ligneTva = (noeud: NoeudXml, rang: number): LigneTva => {
    const emplacement = `TaxSubtotal[${rang}]`;
    return {
      categorie: x.texte(noeud, 'cac:TaxCategory/cbc:ID'),
      taux: v.decimal(x.texte(noeud, 'cac:TaxCategory/cbc:Percent'), `${emplacement}/Percent`),
      baseImposable: v.decimal(x.texte(noeud, 'cbc:TaxableAmount'), `${emplacement}/TaxableAmount`),
      montant: v.decimal(x.texte(noeud, 'cbc:TaxAmount'), `${emplacement}/TaxAmount`),
      motifExoneration: x.texte(noeud, 'cac:TaxCategory/cbc:TaxExemptionReason'),
      codeMotifExoneration: x.texte(noeud, 'cac:TaxCategory/cbc:TaxExemptionReasonCode'),
    };
  };

  const montantTotal = (nom: string): string | null =>
    v.decimal(x.texte(totaux, `cbc:${nom}`), `LegalMonetaryTotal/${nom}`);
  const [totalTva, totalTvaComptable] = totauxTvaParDevise(
    x.tous(racine, 'cac:TaxTotal/cbc:TaxAmount'),
    devise,
    deviseComptable,
    v,
  );

  const facture: FactureNormalisee = {
    specification: specificationUbl(racine),
    cadreFacturation: x.texte(racine, 'cbc:ProfileID'),
    numero: x.texte(racine, 'cbc:ID'),
    type: avoir ? 'avoir' : typeDocumentDepuisCode(codeType),
    codeType,
    dateEmission: x.texte(racine, 'cbc:IssueDate'),
    // A CreditNote has no root DueDate: its due date sits in PaymentMeans (UBL-CR-412).
    dateEcheance:
      x.texte(racine, 'cbc:DueDate') ??
      x.texte(racine, 'cac:PaymentMeans/cbc:PaymentDueDate') ??
      x.texte(racine, 'cac:PaymentTerms/cbc:PaymentDueDate'),
    dateLivraison: x.texte(racine, 'cac:Delivery/cbc:ActualDeliveryDate'),
    periode:
      periode === undefined
        ? null
        : { debut: x.texte(periode, 'cbc:StartDate'), fin: x.texte(periode, 'cbc:EndDate') },
    devise,
    deviseComptable,
    notes: x
      .tous(racine, 'cbc:Note')
      .map(note)
      .filter((n): n is Note => n !== null),
    vendeur: partie(x.un(racine, 'cac:AccountingSupplierParty/cac:Party')),
    acheteur: partie(x.un(racine, 'cac:AccountingCustomerParty/cac:Party')),
    paysLivraison: x.texte(
      racine,
      'cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode',
    ),
    referenceAcheteur: x.texte(racine, 'cbc:BuyerReference'),
    numeroEngagement: x.texte(racine, 'cac:OrderReference/cbc:ID'),
    referenceContrat: x.texte(racine, 'cac:ContractDocumentReference/cbc:ID'),
    factureAnterieure:
      numeroAnterieur === null
        ? null
        : { numero: numeroAnterieur, date: x.texte(anterieure, 'cbc:IssueDate') },
    conditionsPaiement: x.texte(racine, 'cac:PaymentTerms/cbc:Note'),
    moyensPaiement: x.tous(racine, 'cac:PaymentMeans').map(moyenPaiement),
    lignes: x.tous(racine, avoir ? 'cac:CreditNoteLine' : 'cac:InvoiceLine').map((n, i) => ligne(n, i + 1)),
    remisesEtFrais: x
      .tous(racine, 'cac:AllowanceCharge')
      .map((n, i) => remiseOuFrais(n, `AllowanceCharge[${i + 1}]`)),
    ventilationTva: x.tous(racine, 'cac:TaxTotal/cac:TaxSubtotal').map((n, i) => ligneTva(n, i + 1)),
    totaux: {
      totalLignes: montantTotal('LineExtensionAmount'),
      totalRemises: montantTotal('AllowanceTotalAmount'),
      totalFrais: montantTotal('ChargeTotalAmount'),
      totalHt: montantTotal('TaxExclusiveAmount'),
      totalTva,
      totalTvaDeviseComptable: totalTvaComptable,
      totalTtc: montantTotal('TaxInclusiveAmount'),
      montantPrepaye: montantTotal('PrepaidAmount'),
      arrondi: montantTotal('PayableRoundingAmount'),
      netAPayer: montantTotal('PayableAmount'),
    },
  };
  return { facture, avertissements: v.avertissements };
}
