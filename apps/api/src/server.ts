// Entry point of the portal: one process serving the API and the web app.
import { demarrerPortail } from './portail.ts';

await demarrerPortail();
