import type { Db, Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import { exigerHabilitation } from '../../access/rattachement.ts';
import { type FactureComplete, INCLUSION_FACTURE_COMPLETE } from '../../presenters/facture.ts';

type Client = Db | Prisma.TransactionClient;

/** 409: the invoice was sent and is not (or no longer) open to changes. */
export function factureNonModifiable(): ErreurMetier {
  return new ErreurMetier('CONFLIT', 'Cette facture a été envoyée : elle ne peut plus être modifiée.', {
    motif: 'FACTURE_NON_MODIFIABLE',
  });
}

/**
 * An invoice of one of the caller's supplier structures, with everything the presenter needs.
 * Anyone else gets 404, never 403; a member without the Factures émises habilitation, 403. With `brouillon`, an invoice already sent is a conflict:
 * only drafts may be edited, completed or deleted.
 */
export async function trouverFactureEmise(
  db: Client,
  utilisateurId: number,
  factureId: number,
  { brouillon = false }: { brouillon?: boolean } = {},
): Promise<FactureComplete> {
  const facture = await db.facture.findFirst({
    where: { id: factureId, fournisseur: { rattachements: { some: { utilisateurId } } } },
    include: INCLUSION_FACTURE_COMPLETE,
  });
  if (!facture) throw introuvable('Facture introuvable.');
  await exigerHabilitation(db, utilisateurId, facture.fournisseurId, 'FACTURES_EMISES');
  if (brouillon && facture.statut !== 'BROUILLON') throw factureNonModifiable();

  return facture;
}
