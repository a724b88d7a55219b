// What runs beside a level of bench/depot when asked: a 119 MB deposit through the web app's
// calls (`--gros`), PostgreSQL stopped for a few seconds (`--coupure-pg N`), and afterwards the
// check that every acknowledged deposit is in the database.
import { execFileSync } from 'node:child_process';
import { type Facture, FactureSchema } from '@choral/contracts';
import type { ClientHttp } from '../../apps/api/test/support/client-http.ts';
import { pdfDe } from '../../apps/api/test/support/factures.ts';
import { CODE_SERVICE, SIRET_DESTINATAIRE } from './fichiers.ts';

const MO = 1024 * 1024;

/**
 * A 119 MB PDF deposited as a supplier does: upload, the form typed (a plain PDF pre-fills
 * nothing), « Valider et envoyer ». Resolves with what happened, in French.
 */
export async function depotVolumineux(c: ClientHttp, structureId: number): Promise<string> {
  const debut = performance.now();
  const formulaire = new FormData();
  formulaire.append('structureId', String(structureId));
  formulaire.append('cadre', 'A1');
  formulaire.append(
    'fichier',
    new Blob([new Uint8Array(pdfDe(119 * MO))], { type: 'application/pdf' }),
    'gros.pdf',
  );
  const depot = await c.request('POST', '/api/factures/brouillons/depot', formulaire);
  if (depot.status !== 201) return `dépôt de 119 Mo refusé : ${depot.status} ${await depot.text()}`;
  const brouillon: Facture = FactureSchema.parse(await depot.json());
  const saisie = {
    cadre: 'A1',
    identification: {
      numero: `GROS-${Date.now()}`,
      dateFacture: '2026-03-31',
      type: 'FACTURE',
      devise: 'EUR',
    },
    destinataire: { identifiant: SIRET_DESTINATAIRE, codeService: CODE_SERVICE },
    references: { numeroEngagement: 'EJ-GROS', numeroMarche: null, factureOrigine: null },
    montants: { montantHt: '100.00', montantTva: '20.00', montantTtc: '120.00', montantAPayer: '120.00' },
    recapitulatifTva: [{ taux: '20', baseHt: '100.00', montantTva: '20.00' }],
    commentaire: null,
  };
  const enregistre = await c.request('PUT', `/api/factures/brouillons/${brouillon.id}`, saisie);
  if (enregistre.status !== 200) return `formulaire refusé : ${enregistre.status} ${await enregistre.text()}`;
  const envoi = await c.request('POST', `/api/factures/brouillons/${brouillon.id}/envoi`);
  if (envoi.status !== 200) return `envoi refusé : ${envoi.status} ${await envoi.text()}`;

  return `dépôt de 119 Mo accepté et envoyé en ${((performance.now() - debut) / 1000).toFixed(1)} s (facture ${brouillon.id})`;
}

/** PostgreSQL stopped after `apresMs`, started again `dureeS` seconds later (Debian's pg_ctlcluster). */
export async function couperPostgres(apresMs: number, dureeS: number): Promise<string> {
  await new Promise((r) => setTimeout(r, apresMs));
  const [version, nom] = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
    .trim()
    .split(/\s+/);
  execFileSync('pg_ctlcluster', [version as string, nom as string, 'stop', '-m', 'fast']);
  const arret = performance.now();
  await new Promise((r) => setTimeout(r, dureeS * 1000));
  execFileSync('pg_ctlcluster', [version as string, nom as string, 'start']);

  return `PostgreSQL arrêté ${((performance.now() - arret) / 1000).toFixed(1)} s pendant le palier`;
}
