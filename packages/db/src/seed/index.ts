export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
export { DEMO_RACCORDEMENTS } from './demo-raccordements.ts';
export { DEMO_FOURNISSEURS, DEMO_STRUCTURES_PUBLIQUES } from './demo-structures.ts';
export { seedDemo } from './seed-demo.ts';
