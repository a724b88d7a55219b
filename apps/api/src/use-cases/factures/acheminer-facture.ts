import type { Prisma } from '@choral/db';
import { LONGUEUR_MAXIMALE_MOTIF } from '@choral/domain/cycle-de-vie';
import { verifierDestinataire } from '@choral/domain/depot';
import type { ContexteTravaux } from '../../app-context.ts';
import { changerStatut } from './changer-statut.ts';
import { contexteDestinataire } from './contexte-destinataire.ts';
import { jourDepot } from './jour-depot.ts';

async function lire(tx: Prisma.TransactionClient, factureId: number) {
  const facture = await tx.facture.findUnique({
    where: { id: factureId },
    include: { fournisseur: true, destinataire: true, service: true },
  });
  // Thrown, the job fails: retried with backoff, then kept in the dead-letter queue.
  if (!facture) throw new Error(`Facture ${factureId} introuvable : acheminement impossible.`);

  return facture;
}

/** Why the recipient cannot receive the invoice today (the deposit checks, run again), or null. */
function motifRenvoi(facture: Awaited<ReturnType<typeof lire>>): string | null {
  const problemes = verifierDestinataire(
    contexteDestinataire(facture.destinataire, facture.service, {
      natureFournisseur: facture.fournisseur.type,
      references: { codeService: facture.service?.code ?? null, numeroEngagement: facture.numeroEngagement },
      dateDepot: jourDepot(),
    }),
  );
  if (problemes.length === 0) return null;
  const motif = `Acheminement impossible : ${problemes.map((p) => p.message).join(' ')}`;

  return motif.length > LONGUEUR_MAXIMALE_MOTIF ? `${motif.slice(0, LONGUEUR_MAXIMALE_MOTIF - 1)}…` : motif;
}

/**
 * The routing job: DEPOSEE → EN_COURS_ACHEMINEMENT, then the recipient is checked again (it
 * may have become inactive, or its service, since the deposit): MISE_A_DISPOSITION with its
 * date (the payment delay starts), or back to the supplier as A_RECYCLER with the motif. Each
 * step is its own transaction and is skipped when already done, so a retried job is harmless.
 */
export async function acheminerFacture(ctx: ContexteTravaux, factureId: number): Promise<void> {
  const url = ctx.config.publicUrl;
  await ctx.db.$transaction(async (tx) => {
    const facture = await lire(tx, factureId);
    if (facture.statut !== 'DEPOSEE') return;
    await changerStatut(tx, url, facture, { action: 'ACHEMINER', acteur: 'PLATEFORME', utilisateurId: null });
  });
  await ctx.db.$transaction(async (tx) => {
    const facture = await lire(tx, factureId);
    if (facture.statut !== 'EN_COURS_ACHEMINEMENT') return;
    const motif = motifRenvoi(facture);
    await changerStatut(
      tx,
      url,
      facture,
      motif === null
        ? {
            action: 'METTRE_A_DISPOSITION',
            acteur: 'PLATEFORME',
            utilisateurId: null,
            donnees: { dateMiseADisposition: new Date() },
          }
        : { action: 'REFUSER_ACHEMINEMENT', acteur: 'PLATEFORME', utilisateurId: null, motif },
    );
  });
  ctx.mailer.wake();
}
