export * from './canaux.ts';
export * from './etats.ts';
export * from './numero-flux.ts';
export * from './syntaxes.ts';
