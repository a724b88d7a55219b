import './zod-fr.ts';

export * from './approbations.ts';
export * from './comptes.ts';
export * from './courriels.ts';
export * from './cpro/index.ts';
export * from './facture-normalisee.ts';
export * from './factures.ts';
export * from './flux.ts';
export * from './health.ts';
export * from './identifiants.ts';
export * from './notifications.ts';
export * from './problem.ts';
export * from './raccordements.ts';
export * from './structures.ts';
