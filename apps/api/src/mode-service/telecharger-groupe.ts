import { buffer } from 'node:stream/consumers';
import type { TelechargerGroupeRequete } from '@choral/contracts';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import { type Zippable, zipSync } from 'fflate';
import type { AppContext } from '../app-context.ts';
import type { AppelantApi } from './acces-api.ts';
import { factureVisibleApi } from './facture-visible.ts';

/**
 * The zip of several invoices the caller may see (either side), one folder per invoice: its PDF
 * (the Factur-X generated at deposit, else the deposited original) and, if asked, its attachments.
 * Every invoice is checked before any byte is read: one out of scope refuses the whole call (404).
 */
export async function telechargerGroupe(
  ctx: AppContext,
  a: AppelantApi,
  demande: TelechargerGroupeRequete,
): Promise<Buffer> {
  const choisis = [];
  for (const { idFacture } of demande.listeFacture) {
    const { facture } = await factureVisibleApi(ctx, a, idFacture);
    const pdf =
      facture.documents.find((d) => d.role === 'FACTURX_GENERE') ??
      facture.documents.find((d) => d.role === 'ORIGINAL');
    const pieces =
      demande.avecPiecesJointesComplementaires === 'OUI'
        ? facture.documents.filter((d) => d.role === 'PIECE_JOINTE')
        : [];
    const dossier = facture.numeroPortail ?? String(facture.id);
    for (const d of [...(pdf ? [pdf] : []), ...pieces]) choisis.push({ chemin: `${dossier}/${d.nom}`, ...d });
  }
  const total = choisis.reduce((somme, d) => somme + d.taille, 0);
  const max = ctx.config.telechargementGroupeMaxOctets;
  if (total > max) {
    throw new ErreurMetier(
      'FICHIER_TROP_VOLUMINEUX',
      `Les documents demandés pèsent ${total} octets, au-delà des ${max} octets d’un téléchargement groupé : demandez moins de factures à la fois.`,
      { motif: 'TELECHARGEMENT_TROP_VOLUMINEUX' },
    );
  }
  const entrees: Zippable = {};
  for (const d of choisis) {
    const flux = await ctx.stockage.lire(d.sha256);
    if (flux === null) throw introuvable('Document introuvable.');
    // PDFs are already compressed: stored as they are.
    entrees[d.chemin] = [new Uint8Array(await buffer(flux)), { level: 0 }];
  }

  return Buffer.from(zipSync(entrees));
}
