import type { Cote } from '@choral/contracts';
import type { Db, Prisma } from '@choral/db';
import { statutVisiblePourValideur } from '@choral/domain/cycle-de-vie';
import { introuvable } from '@choral/domain/erreurs';
import { type Espace, peutAgirDansEspace } from '@choral/domain/structures';
import { habilitationManquante, titulaire } from '../../access/rattachement.ts';
import { type FactureComplete, INCLUSION_FACTURE_COMPLETE } from '../../presenters/facture.ts';
import { voitLeService } from './perimetre-destinataire.ts';

type Client = Db | Prisma.TransactionClient;

export interface FactureAccessible {
  facture: FactureComplete;
  cote: Cote;
}

/**
 * An invoice the caller may see: as a member of its supplier with the Factures émises
 * habilitation, or as a member of its recipient with Factures reçues once it was made available,
 * within his services, or for an A9 / A12 as a member of its valideur with Factures à valider once
 * it was put to him. A member who would see it but lacks the habilitation gets 403; anyone else
 * 404, never 403.
 */
export async function trouverFactureAccessible(
  db: Client,
  utilisateurId: number,
  factureId: number,
): Promise<FactureAccessible> {
  const facture = await db.facture.findUnique({
    where: { id: factureId },
    include: INCLUSION_FACTURE_COMPLETE,
  });
  if (!facture) throw introuvable('Facture introuvable.');
  const structures = [facture.fournisseurId, facture.destinataireId, facture.valideurId].filter(
    (id) => id !== null,
  );
  const rattachements = await db.rattachement.findMany({
    where: { utilisateurId, structureId: { in: structures } },
    select: {
      structureId: true,
      role: true,
      espaces: { select: { espace: true } },
      structure: { select: { type: true } },
      services: { select: { serviceId: true } },
    },
  });
  // The sides this member would see the invoice from, each with the espace it needs.
  const cotes: { cote: Cote; espace: Espace; r: (typeof rattachements)[number] }[] = [];
  const fournisseur = rattachements.find((r) => r.structureId === facture.fournisseurId);
  if (fournisseur) cotes.push({ cote: 'FOURNISSEUR', espace: 'FACTURES_EMISES', r: fournisseur });
  const destinataire = rattachements.find((r) => r.structureId === facture.destinataireId);
  if (
    destinataire &&
    facture.dateMiseADisposition &&
    voitLeService(
      { structureId: destinataire.structureId, serviceIds: destinataire.services.map((s) => s.serviceId) },
      facture.serviceId,
    )
  ) {
    cotes.push({ cote: 'DESTINATAIRE', espace: 'FACTURES_RECUES', r: destinataire });
  }
  const valideur = rattachements.find((r) => r.structureId === facture.valideurId);
  if (valideur && statutVisiblePourValideur(facture.statut)) {
    cotes.push({ cote: 'VALIDEUR', espace: 'FACTURES_A_VALIDER', r: valideur });
  }
  const permis = cotes.find(({ espace, r }) => peutAgirDansEspace(titulaire(r), r.structure.type, espace));
  if (permis) return { facture, cote: permis.cote };
  const [refuse] = cotes;
  if (refuse) throw habilitationManquante(refuse.espace);
  throw introuvable('Facture introuvable.');
}
