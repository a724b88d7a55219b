import { expect, type Page } from '@playwright/test';
import { MOT_DE_PASSE_DEMO, seConnecter } from './comptes.ts';

export const FOURNISSEUR_DEMO = 'fournisseur@demo.choral.test';
export const SIRET_FOURNISSEUR_DEMO = '84312345600017';
export const MINISTERE = { siret: '11004301500012', nom: 'Ministère de la Démonstration Numérique' };
export const COMMUNE = { siret: '21750001600019', nom: 'Commune de Villedémo' };

/** An invoice number unique to this run (20 characters at most, as the portal allows). */
export function numeroUnique(prefixe: string): string {
  return `${prefixe}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

/** Today in Paris as `AAAA-MM-JJ`: an invoice may not be dated after the deposit. */
export function aujourdhui(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

type Cii = { numero: string; acheteur: { siret: string; nom: string }; engagement?: string };

/**
 * A minimal EN 16931 CII invoice from the demo supplier (Papeterie Démo SARL): 100 reams at
 * 4.50 € HT, 20 % VAT, 540.00 € TTC. The corpus files name other sellers, so the test builds its own.
 */
export function factureCii({ numero, acheteur, engagement }: Cii): Buffer {
  const date = aujourdhui().replaceAll('-', '');
  const commande = engagement
    ? `<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>${engagement}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>`
    : '';
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${numero}</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">${date}</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Ramettes de papier A4</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>4.50</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">100</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>450.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>Papeterie Démo SARL</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">${SIRET_FOURNISSEUR_DEMO}</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress><ram:PostcodeCode>33000</ram:PostcodeCode><ram:LineOne>8 rue du Commerce</ram:LineOne><ram:CityName>Bordeaux</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR29843123456</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>${acheteur.nom}</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">${acheteur.siret}</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
      </ram:BuyerTradeParty>
      ${commande}
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>90.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>450.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms><ram:Description>Paiement à 30 jours</ram:Description></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>450.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>450.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">90.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>540.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount>540.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`);
}

/** A one-page PDF with no structured data (a « PDF simple »), a few hundred bytes of valid syntax. */
export function pdfSimple(texte: string): Buffer {
  const contenu = `BT /F1 14 Tf 40 150 Td (${texte}) Tj ET`;
  const objets = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${contenu.length} >>\nstream\n${contenu}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const positions: number[] = [];
  objets.forEach((objet, i) => {
    positions.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${objet}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objets.length + 1}\n0000000000 65535 f \n`;
  for (const position of positions) pdf += `${String(position).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Signs in as the demo supplier and opens « Factures émises ». */
export async function ouvrirFacturesEmises(page: Page): Promise<void> {
  await seConnecter(page, FOURNISSEUR_DEMO, MOT_DE_PASSE_DEMO);
  await page.goto('/facturation/factures-emises');
  await expect(page.getByRole('heading', { level: 1, name: 'Factures émises' })).toBeVisible();
}

/** The row of an invoice in the list of « Factures émises ». */
export function ligneFacture(page: Page, numero: string) {
  return page
    .getByRole('table', { name: /Factures émises et brouillons/ })
    .getByRole('row', { name: new RegExp(numero) });
}

/**
 * Status of a sent invoice in the list: « Déposée », or already further on when the platform's
 * routing has run (it makes invoices available to the recipient within seconds).
 */
export const STATUT_ENVOYEE = /Déposée|En cours d’acheminement|Mise à disposition du destinataire/;

/** « Valider et envoyer », confirmed in the dialog. */
export async function validerEtEnvoyer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Valider et envoyer' }).click();
  const dialogue = page.getByRole('alertdialog', { name: 'Valider et envoyer la facture ?' });
  await expect(dialogue).toBeVisible();
  await dialogue.getByRole('button', { name: 'Confirmer l’envoi' }).click();
}

/** Step 1 of the wizard: the cadre stays A1, the file is uploaded. */
export async function deposerFichier(
  page: Page,
  nom: string,
  mimeType: string,
  buffer: Buffer,
): Promise<void> {
  await page.getByRole('link', { name: 'Déposer une facture' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déposer une facture' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Étapes du dépôt' }).locator('[aria-current="step"]'),
  ).toContainText('Fichier et cadre');
  await expect(page.getByLabel('Cadre de facturation')).toHaveValue('A1');
  await page.getByLabel('Fichier de la facture').setInputFiles({ name: nom, mimeType, buffer });
  await page.getByRole('button', { name: 'Déposer le fichier' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /Étape 2 sur 3 — Vérification des données/ }),
  ).toBeVisible();
}
