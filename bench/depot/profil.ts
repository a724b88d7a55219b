// Summary of a V8 CPU profile (`node --cpu-prof`): self time by function and by module, the
// portal's own code named by its path, dependencies by package.
import { readFileSync } from 'node:fs';

interface Noeud {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** `node_modules/.pnpm/x@1/node_modules/x/…` → `x`; our files keep their path from the repository. */
function module(url: string): string {
  if (!url) return '(natif / V8)';
  const paquet = url.match(/node_modules\/(?!\.pnpm)((?:@[^/]+\/)?[^/]+)/g)?.at(-1);
  if (paquet) return paquet.replace('node_modules/', '');
  if (url.startsWith('node:')) return url;

  return url.replace(/^file:\/\/.*?\/(apps|packages)\//, '$1/');
}

export interface LignePoids {
  nom: string;
  part: number;
}

/**
 * The heaviest functions and modules by self time, as shares of the busy samples taken between
 * `depuis` and `jusqua` (µs of the monotonic clock, `process.hrtime` in any process): the timed
 * runs only, not the start-up's module loading.
 */
export function resumerProfil(
  chemin: string,
  depuis: number,
  jusqua: number,
  nombre = 20,
): { fonctions: LignePoids[]; modules: LignePoids[] } {
  const profil = JSON.parse(readFileSync(chemin, 'utf8')) as {
    nodes: Noeud[];
    startTime: number;
    samples: number[];
    timeDeltas: number[];
  };
  const hits = new Map<number, number>();
  let t = profil.startTime;
  profil.samples.forEach((id, i) => {
    t += profil.timeDeltas[i] ?? 0;
    if (t >= depuis && t <= jusqua) hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  // Shares of the busy time: the idle samples say nothing about costs.
  const actifs = profil.nodes.filter(
    (n) =>
      hits.has(n.id) && n.callFrame.functionName !== '(idle)' && n.callFrame.functionName !== '(program)',
  );
  const total = actifs.reduce((s, n) => s + (hits.get(n.id) ?? 0), 0) || 1;
  const parFonction = new Map<string, number>();
  const parModule = new Map<string, number>();
  for (const n of actifs) {
    const { functionName, url, lineNumber } = n.callFrame;
    const nb = hits.get(n.id) ?? 0;
    const nom = `${functionName || '(anonyme)'} ${module(url)}${url ? `:${lineNumber + 1}` : ''}`;
    parFonction.set(nom, (parFonction.get(nom) ?? 0) + nb);
    parModule.set(module(url), (parModule.get(module(url)) ?? 0) + nb);
  }
  const tri = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, nombre)
      .map(([nom, hits]) => ({ nom, part: hits / total }));

  return { fonctions: tri(parFonction), modules: tri(parModule) };
}
