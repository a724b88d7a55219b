import type { Db } from '@choral/db';
import { courrielResumeQuotidien } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';

/**
 * The daily summary, for the users who chose it: one e-mail listing the invoices received
 * since their previous summary (none sent when there is nothing new). Each user's message and
 * the move of his `dernierResumeLe` share one transaction, so a summary is never sent twice.
 * Returns the number of summaries queued.
 */
export async function envoyerResumesQuotidiens(
  { db, publicUrl }: { db: Db; publicUrl: string },
  maintenant = new Date(),
): Promise<number> {
  const abonnes = await db.utilisateur.findMany({
    where: { actif: true, resumeQuotidien: true, notificationsFacturation: true },
    select: { id: true, prenom: true, emailContact: true, dernierResumeLe: true },
  });
  let envoyes = 0;
  for (const u of abonnes) {
    const envoye = await db.$transaction(async (tx) => {
      const nouvelles = await tx.notification.findMany({
        where: {
          utilisateurId: u.id,
          categorie: 'FACTURE_RECUE',
          creeLe: { lte: maintenant, ...(u.dernierResumeLe ? { gt: u.dernierResumeLe } : {}) },
        },
        orderBy: { id: 'asc' },
        select: { titre: true, texte: true },
      });
      await tx.utilisateur.update({ where: { id: u.id }, data: { dernierResumeLe: maintenant } });
      if (nouvelles.length === 0) return false;
      await mettreEnFile(
        tx,
        courrielResumeQuotidien(
          u.emailContact,
          u.prenom,
          nouvelles,
          `${publicUrl}/facturation/factures-recues`,
        ),
      );

      return true;
    });
    if (envoye) envoyes += 1;
  }

  return envoyes;
}
