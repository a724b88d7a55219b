// Entry point of the portal: the API and the web app (one process, or a cluster: `portail.ts`).
import { demarrerPortail } from './portail.ts';

await demarrerPortail();
