import './zod-fr.ts';

export * from './health.ts';
export * from './problem.ts';
