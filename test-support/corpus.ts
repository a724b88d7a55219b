// Where the shared sample corpus is, and whether the tests that use it may do without it. Unit
// (Vitest), integration (Vitest) and end-to-end (Playwright) tests all ask here: in CI a missing
// corpus fails those tests with a clear message (a green run that skipped 129 tests is a lie); on
// a developer's machine they are skipped, and a banner says so.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `CHORAL_CORPUS_DIR`, else `../shared/corpus` beside the checkout. */
export const DOSSIER_CORPUS = resolve(
  process.env.CHORAL_CORPUS_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'),
);

const MANIFESTE = join(DOSSIER_CORPUS, 'MANIFEST.json');

/** CI sets `CI` (GitHub Actions, GitLab, .ci/run's hosts); `CI=false` or `CI=0` means a local run. */
function enIntegrationContinue(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** Whether the corpus manifest is there (the benchmark needs it too). */
export function corpusPresent(): boolean {
  return existsSync(MANIFESTE);
}

const ABSENT =
  `Corpus d'exemples introuvable : ${MANIFESTE} n'existe pas.\n` +
  'Placez le corpus dans ../shared/corpus à côté du dépôt, ou indiquez son dossier dans CHORAL_CORPUS_DIR.';

let averti = false;

/**
 * Whether the tests that need the corpus are to be skipped: only when it is absent outside CI,
 * and then a banner says so (once per process). In CI they run, and fail on their first read
 * with the message above.
 */
export function testsDuCorpusIgnores(quoi: string): boolean {
  if (corpusPresent() || enIntegrationContinue()) return false;
  if (!averti) {
    averti = true;
    const ligne = '⚠'.repeat(60);
    console.warn(`\n${ligne}\n${ABSENT}\nTESTS DU CORPUS IGNORÉS (${quoi}).\n${ligne}\n`);
  }
  return true;
}

/** Bytes of a corpus file, by its path in the manifest (`facturx/Facture_FR_EN16931.pdf`…). */
export function fichierCorpus(chemin: string): Buffer {
  if (!corpusPresent()) {
    const ci = enIntegrationContinue() ? `\nEn CI (CI=${process.env.CI}), le corpus est obligatoire.` : '';
    throw new Error(`${ABSENT}${ci}`);
  }
  return readFileSync(join(DOSSIER_CORPUS, chemin));
}

/** The corpus `MANIFEST.json`, parsed (callers give the shape they read). */
export function manifesteCorpus<T>(): T[] {
  return JSON.parse(fichierCorpus('MANIFEST.json').toString('utf8')) as T[];
}
