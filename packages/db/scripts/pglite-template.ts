// postinstall: saves the empty embedded-database cluster once per PGlite version (see
// src/pglite-template.ts); a later install finds it and does nothing.
import { existsSync } from 'node:fs';
import { PGLITE_TEMPLATE_PATH, writePgliteTemplate } from '../src/pglite-template.ts';

if (!existsSync(PGLITE_TEMPLATE_PATH)) await writePgliteTemplate();
