// The portal as the end-to-end tests run it (playwright.config.ts): the real entry point, plus
// the test-only tools.
import { demarrerPortail } from '../../src/portail.ts';
import { outilsTest } from './outils-test.ts';

await demarrerPortail(async (app, ctx) => {
  await app.register(outilsTest, { ctx });
});
