export * from './chemins.ts';
export * from './enveloppe.ts';
export * from './factures.ts';
export * from './oauth.ts';
export * from './transverses.ts';
export * from './utilisateurs.ts';
