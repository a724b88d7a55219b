export * from './chemins.ts';
export * from './enveloppe.ts';
export * from './oauth.ts';
export * from './utilisateurs.ts';
