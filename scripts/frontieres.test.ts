// The import rules of `pnpm lint` (.dependency-cruiser.mjs) run on a small fixture tree laid out
// like the workspace: relative imports across packages are refused like `@choral/…` ones.
import { join } from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import { expect, it } from 'vitest';
import configuration from '../.dependency-cruiser.mjs';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'frontieres');

async function violations(): Promise<string[]> {
  const { output } = await cruise(
    ['apps', 'packages'],
    {
      ...configuration.options,
      baseDir: FIXTURE,
      validate: true,
      ruleSet: { forbidden: configuration.forbidden },
    },
    { extensions: configuration.options.enhancedResolveOptions.extensions },
  );
  if (typeof output === 'string') throw new Error('résultat inattendu de dependency-cruiser');
  return output.summary.violations.map((v: IViolation) => `${v.rule.name} ${v.from} → ${v.to}`);
}

it('refuse les imports relatifs entre paquets, le client de base dans une route, les E/S du pur', async () => {
  expect((await violations()).sort()).toEqual([
    'entrees-sorties:@choral/formats packages/formats/src/lecteur.ts → fs',
    'frontiere:@choral/domain packages/domain/src/regle.ts → packages/db/src/client.ts',
    'frontiere:@choral/web apps/web/src/page.ts → packages/domain/src/regle.ts',
    'routes-sans-base apps/api/src/routes/route-avec-client.ts → packages/db/src/client.ts',
  ]);
});
