import type { Prisma } from '@choral/db';

export interface NouveauCourriel {
  destinataire: string;
  sujet: string;
  texte: string;
}

/**
 * Queues a message in the same transaction as the action that causes it: it exists if and
 * only if the action committed. The mailer sends it afterwards.
 */
export async function mettreEnFile(tx: Prisma.TransactionClient, courriel: NouveauCourriel): Promise<void> {
  await tx.courriel.create({ data: courriel });
}
