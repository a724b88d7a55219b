import type { Facture, RecyclerFactureBody } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { verifierDestinataire } from '@choral/domain/depot';
import type { AppContext } from '../../app-context.ts';
import { fileDe } from '../../jobs/file-travaux.ts';
import { type PartiesFacture, partiesActuelles, partiesDeposees } from '../../presenters/parties-facture.ts';
import { changerStatut } from './changer-statut.ts';
import { consulterFacture } from './consulter-facture.ts';
import { contexteDestinataire } from './contexte-destinataire.ts';
import { jourDepot } from './jour-depot.ts';
import { pointeur, refusDepot } from './refus-depot.ts';
import { trouverFactureEmise } from './trouver-facture.ts';

/**
 * « Recycler » an A_RECYCLER invoice: only its recipient, service and engagement change, checked
 * as at deposit; same invoice, same number, back to DEPOSEE and routed again (a job sent in the
 * same transaction). It leaves the former recipient's list until the new one receives it.
 */
/** The new recipient and service as they are now; the supplier stays as it was at deposit. */
async function partiesRecyclees(
  tx: Prisma.TransactionClient,
  facture: { fournisseurId: number; parties: Prisma.JsonValue | null },
  destinataireId: number,
  serviceId: number | null,
): Promise<PartiesFacture> {
  const actuelles = await partiesActuelles(tx, {
    fournisseurId: facture.fournisseurId,
    destinataireId,
    serviceId,
  });

  return {
    ...actuelles,
    fournisseur: partiesDeposees(facture.parties)?.fournisseur ?? actuelles.fournisseur,
  };
}

export async function recyclerFacture(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
  { destinataire, numeroEngagement = null, commentaire }: RecyclerFactureBody,
): Promise<Facture> {
  const codeService = destinataire.codeService ?? null;
  await ctx.db.$transaction(async (tx) => {
    const facture = await trouverFactureEmise(tx, utilisateurId, factureId);
    const structure = await tx.structure.findFirst({
      where: { identifiant: destinataire.identifiant.replace(/\s/g, '') },
      orderBy: { type: 'desc' },
      include: { services: { where: { code: codeService ?? '' } } },
    });
    const service = structure?.services[0] ?? null;
    const problemes = verifierDestinataire(
      contexteDestinataire(structure, service, {
        natureFournisseur: facture.fournisseur.type,
        references: { codeService, numeroEngagement },
        dateDepot: jourDepot(),
      }),
    );
    if (problemes.length > 0 || !structure) {
      throw refusDepot(
        problemes.map((p) => ({ code: p.code, pointeur: pointeur(p.champ), message: p.message })),
      );
    }
    await changerStatut(tx, ctx.config.publicUrl, facture, {
      action: 'RECYCLER',
      acteur: 'FOURNISSEUR',
      utilisateurId,
      commentaire,
      donnees: {
        destinataireId: structure.id,
        serviceId: service?.id ?? null,
        parties: await partiesRecyclees(tx, facture, structure.id, service?.id ?? null),
        numeroEngagement,
        dateMiseADisposition: null,
      },
    });
    await fileDe(ctx).acheminer(tx, facture.id);
  });

  return consulterFacture(ctx, utilisateurId, factureId);
}
