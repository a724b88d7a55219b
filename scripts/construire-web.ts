// Builds the web app (apps/web/dist) only when what goes into it changed, so that `pnpm start`
// does not spend seconds on an identical build: `pnpm install` builds once (postinstall), and
// later runs compare a fingerprint of the sources with the one saved beside dist.
// Run directly (`pnpm build`), it builds if needed; `--force` always builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const RACINE = join(import.meta.dirname, '..');
const WEB = join(RACINE, 'apps', 'web');
const EMPREINTE = join(WEB, '.empreinte-dist');

/** Not bundled: outputs, dependencies, end-to-end and unit tests. */
const HORS_BUNDLE = new Set(['node_modules', 'dist', 'e2e', 'test-results']);

function fichiers(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((entree) => {
    const chemin = join(dossier, entree.name);
    if (entree.isDirectory()) return HORS_BUNDLE.has(entree.name) ? [] : fichiers(chemin);
    return entree.name === '.empreinte-dist' || /\.test\.tsx?$/.test(entree.name) ? [] : [chemin];
  });
}

/** apps/web and the workspace packages it bundles (`@choral/contracts`, then what that imports). */
function dossiersDuBundle(): string[] {
  const dossiers = [WEB];
  for (let i = 0; i < dossiers.length; i++) {
    const manifeste = JSON.parse(readFileSync(join(dossiers[i] as string, 'package.json'), 'utf8'));
    for (const nom of Object.keys(manifeste.dependencies ?? {}).filter((d) => d.startsWith('@choral/'))) {
      const dossier = join(RACINE, 'packages', nom.slice('@choral/'.length));
      if (!dossiers.includes(dossier)) dossiers.push(dossier);
    }
  }
  return dossiers;
}

/** Sources of the bundle and the lockfile (a dependency upgrade changes the bundle too). */
export function empreinteSources(): string {
  const hachage = createHash('sha256');
  const tous = [...dossiersDuBundle().flatMap(fichiers), join(RACINE, 'pnpm-lock.yaml')].sort();
  for (const fichier of tous) {
    hachage.update(`${relative(RACINE, fichier)}\0`);
    hachage.update(readFileSync(fichier));
  }
  return hachage.digest('hex');
}

/** Builds apps/web unless dist matches the sources (or always, with `force`); false if the build failed. */
export function construireWebSiBesoin({ force = false } = {}): boolean {
  const empreinte = empreinteSources();
  const aJour =
    existsSync(join(WEB, 'dist', 'index.html')) &&
    existsSync(EMPREINTE) &&
    readFileSync(EMPREINTE, 'utf8').trim() === empreinte;
  if (aJour && !force) return true;

  console.log(`Construction de l’interface web${aJour ? '' : ' (sources modifiées depuis la dernière)'}…`);
  const resultat = spawnSync('pnpm', ['--filter', '@choral/web', 'build'], { cwd: RACINE, stdio: 'inherit' });
  if (resultat.status !== 0) return false;
  writeFileSync(EMPREINTE, `${empreinte}\n`);
  return true;
}

// Run as a script (`pnpm build`, postinstall), not imported by scripts/demarrer.ts.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(construireWebSiBesoin({ force: process.argv.includes('--force') }) ? 0 : 1);
}
