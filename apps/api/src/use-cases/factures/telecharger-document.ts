import { introuvable } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import type { StockageDocuments } from '../../documents/stockage-documents.ts';
import { trouverFactureAccessible } from './trouver-facture-accessible.ts';

export interface DocumentTelecharge {
  nom: string;
  typeMime: string;
  octets: Uint8Array;
}

/** A document of an invoice the caller may see (either side), with its name and content type. */
export async function telechargerDocument(
  ctx: AppContext,
  stockage: StockageDocuments,
  utilisateurId: number,
  { factureId, documentId }: { factureId: number; documentId: number },
): Promise<DocumentTelecharge> {
  const { facture } = await trouverFactureAccessible(ctx.db, utilisateurId, factureId);
  const document = facture.documents.find((d) => d.id === documentId);
  const octets = document ? await stockage.lire(document.cle) : null;
  if (!document || octets === null) throw introuvable('Document introuvable.');

  return { nom: document.nom, typeMime: document.typeMime, octets };
}
