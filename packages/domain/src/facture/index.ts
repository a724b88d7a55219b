export * from './decimal.ts';
export type * from './facture-normalisee.ts';
export * from './identifiants-francais.ts';
export * from './numero-portail.ts';
export * from './type-document.ts';
