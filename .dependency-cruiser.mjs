// Import boundaries of ARCHITECTURE.md ("Who may import whom"), checked by dependency-cruiser in
// `pnpm lint`. Rules apply to resolved files, so a relative import into another package
// (`../../domain/src/…`) is caught exactly like its `@choral/…` name.

/** Each workspace package, the packages it may import, and the libraries its sources must not use. */
export const PAQUETS = {
  'packages/domain': { nom: '@choral/domain', peutImporter: [], externes: 'decimal.js seulement', io: false },
  'packages/formats': {
    nom: '@choral/formats',
    peutImporter: ['packages/domain'],
    interdits: ['fastify', '@fastify', '@prisma', 'pg', 'react', 'react-dom'],
    io: false,
  },
  'packages/contracts': {
    nom: '@choral/contracts',
    peutImporter: ['packages/domain'],
    interdits: ['fastify', '@fastify', '@prisma', 'pg', 'react', 'react-dom'],
    io: false,
  },
  'packages/db': {
    nom: '@choral/db',
    peutImporter: ['packages/domain'],
    interdits: ['fastify', '@fastify', 'react', 'react-dom'],
    io: true,
  },
  'apps/api': {
    nom: '@choral/api',
    peutImporter: ['packages/domain', 'packages/contracts', 'packages/db', 'packages/formats'],
    interdits: ['react', 'react-dom'],
    io: true,
  },
  'apps/web': {
    nom: '@choral/web',
    peutImporter: ['packages/contracts'],
    interdits: ['fastify', '@fastify', '@prisma', 'pg'],
    io: true,
  },
};

/** Tests, their support files and benchmarks may read files and use test libraries. */
const TESTS = ['\\.(test|int\\.test|spec)\\.tsx?$', '/test/', '/e2e/', '^test-support/', '^bench/'];

/** Node modules that touch the disk, the network or other processes. */
const IO = '^(node:)?(fs|net|http|https|http2|dgram|dns|tls|child_process|cluster|worker_threads)(/|$)';

const echapper = (texte) => texte.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const bibliotheques = (noms) => `(^|/)node_modules/(${noms.map(echapper).join('|')})/`;

const frontieres = Object.entries(PAQUETS).flatMap(([dossier, paquet]) => [
  {
    name: `frontiere:${paquet.nom}`,
    comment: `${dossier} n'importe que ${paquet.peutImporter.join(', ') || 'lui-même'} (ARCHITECTURE.md)`,
    severity: 'error',
    from: { path: `^${dossier}/` },
    to: {
      path: '^(packages|apps)/[^/]+/',
      pathNot: [dossier, ...paquet.peutImporter].map((d) => `^${d}/`),
    },
  },
  ...(paquet.interdits
    ? [
        {
          name: `bibliotheque-interdite:${paquet.nom}`,
          comment: `${dossier} ne doit pas utiliser ${paquet.interdits.join(', ')}`,
          severity: 'error',
          from: { path: `^${dossier}/`, pathNot: TESTS },
          to: { path: bibliotheques(paquet.interdits) },
        },
      ]
    : []),
  ...(paquet.io
    ? []
    : [
        {
          name: `entrees-sorties:${paquet.nom}`,
          comment: `${dossier} est pur : ni fichiers, ni réseau, ni processus`,
          severity: 'error',
          from: { path: `^${dossier}/`, pathNot: TESTS },
          to: { dependencyTypes: ['core'], path: IO },
        },
      ]),
]);

export default {
  forbidden: [
    ...frontieres,
    {
      name: 'domaine-sans-bibliotheque',
      comment: 'packages/domain n’utilise que decimal.js (ni zod, ni Prisma, ni framework)',
      severity: 'error',
      from: { path: '^packages/domain/', pathNot: TESTS },
      to: { path: '(^|/)node_modules/', pathNot: bibliotheques(['decimal.js']) },
    },
    {
      name: 'routes-sans-base',
      comment:
        'apps/api/src/routes passe par les cas d’usage et access/ : pas de client de base importé ' +
        '(un import de type seul, pour passer le client reçu, est permis)',
      severity: 'error',
      from: { path: '^apps/api/src/routes/' },
      to: { path: '^packages/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'outils-de-test-hors-produit',
      comment: 'test-support/ ne sert qu’aux tests et aux mesures',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { path: '^test-support/' },
    },
    {
      name: 'import-introuvable',
      comment: 'un import que l’outil ne sait pas résoudre échapperait aux règles',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // The fixtures of scripts/frontieres.test.ts break the rules on purpose.
    exclude: { path: ['(^|/)(node_modules|generated|dist|test-results)/', '^scripts/fixtures/'] },
    tsPreCompilationDeps: 'specify',
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'],
    },
  },
};
