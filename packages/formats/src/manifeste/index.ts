export * from './comparer-valeurs.ts';
export * from './valeurs-manifeste.ts';
