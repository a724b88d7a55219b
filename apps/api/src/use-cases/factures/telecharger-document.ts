import type { Readable } from 'node:stream';
import { introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { trouverFactureAccessible } from './trouver-facture-accessible.ts';

export interface DocumentTelecharge {
  nom: string;
  typeMime: string;
  taille: number;
  /** The bytes as they are read, checked against their SHA-256. */
  flux: Readable;
}

/** A document of an invoice the caller may see (either side), with its name and content type. */
export async function telechargerDocument(
  ctx: AppContext,
  utilisateurId: number,
  { factureId, documentId }: { factureId: number; documentId: number },
): Promise<DocumentTelecharge> {
  const { facture } = await trouverFactureAccessible(ctx.db, utilisateurId, factureId);
  const document = facture.documents.find((d) => d.id === documentId);
  const flux = document ? await ctx.stockage.lire(document.sha256) : null;
  if (!document || flux === null) throw introuvable('Document introuvable.');

  return { nom: document.nom, typeMime: document.typeMime, taille: document.taille, flux };
}
