// Import boundaries between workspace packages (see ARCHITECTURE.md). pnpm's strict
// node_modules already stops undeclared dependencies; this also catches a package that
// declares one it must not have, and I/O or framework imports in the pure packages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

interface Rule {
  dir: string;
  mayImport: string[];
  /** Forbidden module prefixes in non-test sources. */
  forbidden: string[];
}

const IO = ['node:fs', 'node:net', 'node:http', 'node:https', 'node:child_process', 'fs', 'net', 'http'];
const FRAMEWORKS = ['fastify', '@fastify/', '@prisma/', 'pg', 'react', 'react-dom'];

const RULES: Rule[] = [
  { dir: 'packages/domain', mayImport: [], forbidden: [...IO, ...FRAMEWORKS, 'zod'] },
  { dir: 'packages/formats', mayImport: ['@choral/domain'], forbidden: [...IO, ...FRAMEWORKS] },
  { dir: 'packages/contracts', mayImport: ['@choral/domain'], forbidden: [...IO, ...FRAMEWORKS] },
  { dir: 'packages/db', mayImport: ['@choral/domain'], forbidden: ['fastify', '@fastify/', 'react'] },
  { dir: 'apps/web', mayImport: ['@choral/contracts'], forbidden: ['@prisma/', 'pg', 'fastify'] },
  {
    dir: 'apps/api',
    mayImport: ['@choral/domain', '@choral/contracts', '@choral/db', '@choral/formats'],
    forbidden: ['react', 'react-dom'],
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'generated', 'dist'].includes(entry.name) ? [] : sourceFiles(path);

    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

const problems: string[] = [];
for (const rule of RULES) {
  const pkg = JSON.parse(readFileSync(join(ROOT, rule.dir, 'package.json'), 'utf8'));
  const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) =>
    d.startsWith('@choral/'),
  );
  for (const dep of declared.filter((d) => !rule.mayImport.includes(d))) {
    problems.push(`${rule.dir}/package.json : ne doit pas dépendre de ${dep}`);
  }
  for (const file of sourceFiles(join(ROOT, rule.dir))) {
    const isTest =
      /\.(test|int\.test|spec)\.tsx?$/.test(file) || file.includes('/test/') || file.includes('/e2e/');
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      const where = relative(ROOT, file);
      if (
        spec.startsWith('@choral/') &&
        !rule.mayImport.some((m) => spec === m || spec.startsWith(`${m}/`))
      ) {
        problems.push(`${where} : importe ${spec}, interdit depuis ${rule.dir}`);
      }
      if (!isTest && rule.forbidden.some((f) => spec === f || (f.endsWith('/') && spec.startsWith(f)))) {
        problems.push(`${where} : importe ${spec}, interdit dans ${rule.dir}`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Frontières entre paquets non respectées :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Frontières entre paquets respectées.');
