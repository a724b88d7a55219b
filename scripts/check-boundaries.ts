// Workspace dependencies each package declares, against the table of .dependency-cruiser.mjs
// (ARCHITECTURE.md). dependency-cruiser checks the imports themselves; this catches a package
// that declares a dependency it must not have, which pnpm's strict node_modules would then
// let its imports reach.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAQUETS } from '../.dependency-cruiser.mjs';

const ROOT = join(import.meta.dirname, '..');
const nomDe = new Map(Object.entries(PAQUETS).map(([dossier, paquet]) => [dossier, paquet.nom]));

const problems = Object.entries(PAQUETS).flatMap(([dossier, paquet]) => {
  const manifeste = JSON.parse(readFileSync(join(ROOT, dossier, 'package.json'), 'utf8'));
  const permis = new Set(paquet.peutImporter.map((d: string) => nomDe.get(d)));
  return Object.keys({ ...manifeste.dependencies, ...manifeste.devDependencies })
    .filter((dep) => dep.startsWith('@choral/') && !permis.has(dep))
    .map((dep) => `${dossier}/package.json : ne doit pas dépendre de ${dep}`);
});

if (problems.length > 0) {
  console.error(`Dépendances entre paquets non permises :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Dépendances déclarées entre paquets : conformes.');
