// Invoices as an ERP sends them in a flux: one sample invoice (@choral/formats' own) with the
// given seller, buyer, service and number, written as CII, UBL or Factur-X, and batches of them
// as .zip or .tar.gz. Used by the flux tests (integration, end to end) and bench/flux.
import { gzipSync } from 'node:zlib';
import type { FactureNormalisee } from '@choral/domain/facture';
import { ecrireCii, ecrireUbl, genererFacturX } from '@choral/formats';
import { zipSync } from 'fflate';
import { pack } from 'tar-stream';
import { factureExemple } from '../packages/formats/src/test-support/facture-exemple.ts';

export interface PartiesFlux {
  siretFournisseur: string;
  siretDestinataire: string;
  codeService: string;
  numero: string;
}

/** The sample invoice from `siretFournisseur` to `siretDestinataire`'s service. */
export function factureFlux(p: PartiesFlux): FactureNormalisee {
  const exemple = factureExemple();

  return {
    ...exemple,
    numero: p.numero,
    vendeur: { ...exemple.vendeur, identifiantLegal: { valeur: p.siretFournisseur, schema: '0002' } },
    acheteur: { ...exemple.acheteur, identifiantLegal: { valeur: p.siretDestinataire, schema: '0002' } },
    referenceAcheteur: p.codeService,
  };
}

export const ciiFlux = (p: PartiesFlux): Buffer => Buffer.from(ecrireCii(factureFlux(p)));
/**
 * A CII as ERP connectors write it for Chorus Pro (Odoo's OCA module, Tryton): the SIRETs under
 * Chorus Pro's `schemeID="1"`, no specification identifier (BT-24).
 */
export const ciiErpFlux = (p: PartiesFlux): Buffer =>
  Buffer.from(
    ecrireCii(factureFlux(p))
      .replace(
        /<ram:GuidelineSpecifiedDocumentContextParameter>[\s\S]*?<\/ram:GuidelineSpecifiedDocumentContextParameter>\s*/,
        '',
      )
      .replaceAll('<ram:ID schemeID="0002">', '<ram:ID schemeID="1">'),
  );
export const ublFlux = (p: PartiesFlux): Buffer => Buffer.from(ecrireUbl(factureFlux(p)));
export async function facturXFlux(p: PartiesFlux): Promise<Buffer> {
  return Buffer.from(await genererFacturX(factureFlux(p), { date: new Date('2026-03-31T10:00:00Z') }));
}

export function zipFlux(fichiers: { nom: string; octets: Buffer }[]): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(fichiers.map((f) => [f.nom, new Uint8Array(f.octets)]))));
}

export async function tarGzFlux(fichiers: { nom: string; octets: Buffer }[]): Promise<Buffer> {
  const archive = pack();
  const morceaux: Buffer[] = [];
  archive.on('data', (m: unknown) => morceaux.push(m as Buffer));
  const fin = new Promise<void>((resolve) => archive.on('end', () => resolve()));
  for (const f of fichiers) archive.entry({ name: f.nom, size: f.octets.length }, f.octets);
  archive.finalize();
  await fin;

  return gzipSync(Buffer.concat(morceaux));
}
