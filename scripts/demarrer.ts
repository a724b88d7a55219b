// pnpm start: the web app rebuilt only if its sources changed, then the portal.
// Node's compile cache keeps the type-stripped and compiled modules between starts: a warm
// start then spends its time opening the database rather than reading code.
import cluster from 'node:cluster';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { construireWebSiBesoin } from './construire-web.ts';

enableCompileCache(join(import.meta.dirname, '..', 'node_modules', '.cache', 'choral-node'));
// The cluster's HTTP processes run this file again: the primary already built.
if (cluster.isPrimary && !construireWebSiBesoin()) process.exit(1);
await import('../apps/api/src/server.ts');
