/** Namespace URIs that identify each invoice vocabulary (prefixes are the sender's choice). */
export const NS = {
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
  qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  ublInvoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  ublCreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  zf1Rsm: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
  zf1Ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12',
  zf1Udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15',
  orderX: 'urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100',
} as const;
