export * from './chemins.ts';
export * from './enveloppe.ts';
export * from './factures.ts';
export * from './oauth.ts';
export * from './referentiels.ts';
export * from './structures.ts';
export * from './transverses.ts';
export * from './utilisateurs.ts';
