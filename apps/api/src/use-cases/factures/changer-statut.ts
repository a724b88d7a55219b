import type { Prisma } from '@choral/db';
import {
  type ActeurFacture,
  type ActionFacture,
  appliquerAction,
  LONGUEUR_MAXIMALE_MOTIF,
  type StatutFacture,
  statutCourantPourFournisseur,
  trouverMotifRefusValidation,
} from '@choral/domain/cycle-de-vie';
import { ErreurMetier } from '@choral/domain/erreurs';
import {
  type FactureNotifiee,
  notifierChangementStatut,
} from '../notifications/notifier-changement-statut.ts';

/** The invoice as it was read before the change (its status is the expected one). */
export type FactureAChanger = FactureNotifiee & { statut: StatutFacture; statutFournisseur: StatutFacture };

export interface Changement {
  action: ActionFacture;
  acteur: ActeurFacture;
  /** Who acts; null for the platform. */
  utilisateurId: number | null;
  motif?: string | null;
  commentaire?: string | null;
  numeroMandat?: string | null;
  /** A valideur's coded refusal motif (its label is written as the history's motif). */
  codeMotifRefus?: string | null;
  /** Other columns written with the status (routing date, new recipient…). */
  donnees?: Prisma.FactureUncheckedUpdateManyInput;
}

const CODES_HTTP_REFUS = {
  TRANSITION_INTERDITE: 'CONFLIT',
  MOTIF_OBLIGATOIRE: 'REGLE_METIER',
  MOTIF_TROP_LONG: 'REGLE_METIER',
  NUMERO_MANDAT_OBLIGATOIRE: 'REGLE_METIER',
  MOTIF_REFUS_OBLIGATOIRE: 'REGLE_METIER',
  MOTIF_REFUS_INCONNU: 'REGLE_METIER',
} as const;

const CHAMPS_REFUS: Partial<Record<keyof typeof CODES_HTTP_REFUS, string>> = {
  MOTIF_OBLIGATOIRE: '/motif',
  MOTIF_TROP_LONG: '/motif',
  NUMERO_MANDAT_OBLIGATOIRE: '/numeroMandat',
  MOTIF_REFUS_OBLIGATOIRE: '/codeMotifRefus',
  MOTIF_REFUS_INCONNU: '/codeMotifRefus',
};

/**
 * The one place an invoice changes status after its deposit: the lifecycle table decides
 * (`appliquerAction`), the update is conditional on the status read (a concurrent change makes
 * it a 409, nothing written), and in the same transaction it writes the immutable history entry
 * (who, when, motif) and the notifications. Returns the new status.
 */
export async function changerStatut(
  tx: Prisma.TransactionClient,
  publicUrl: string,
  facture: FactureAChanger,
  {
    action,
    acteur,
    utilisateurId,
    motif,
    commentaire,
    numeroMandat,
    codeMotifRefus,
    donnees = {},
  }: Changement,
): Promise<StatutFacture> {
  const resultat = appliquerAction(facture.statut, action, acteur, {
    motif: motif?.trim() || undefined,
    numeroMandat: numeroMandat ?? undefined,
    codeMotifRefus: codeMotifRefus ?? undefined,
  });
  if (!resultat.ok) {
    const champ = CHAMPS_REFUS[resultat.code];
    throw new ErreurMetier(CODES_HTTP_REFUS[resultat.code], resultat.message, {
      motif: resultat.code,
      champs: champ ? [{ champ, message: resultat.message }] : [],
    });
  }
  // A coded refusal is told by its label, the valideur's words (if any) following it.
  const libelleRefus = codeMotifRefus
    ? trouverMotifRefusValidation(codeMotifRefus.trim())?.libelle
    : undefined;
  const motifNet =
    [libelleRefus, motif?.trim()].filter(Boolean).join(' : ').slice(0, LONGUEUR_MAXIMALE_MOTIF) || null;
  const masque = facture.destinataire?.statutMiseEnPaiementNestPasRemonte ?? false;
  const { count } = await tx.facture.updateMany({
    where: { id: facture.id, statut: facture.statut },
    data: {
      ...donnees,
      statut: resultat.statut,
      statutFournisseur:
        statutCourantPourFournisseur([facture.statutFournisseur, resultat.statut], masque) ?? resultat.statut,
      ...(numeroMandat?.trim() ? { numeroMandat: numeroMandat.trim() } : {}),
      ...(utilisateurId === null ? {} : { modifieParId: utilisateurId }),
    },
  });
  if (count === 0) {
    throw new ErreurMetier('CONFLIT', 'Cette facture vient d’être modifiée : rechargez-la avant d’agir.', {
      motif: 'FACTURE_MODIFIEE',
    });
  }
  await tx.historiqueFacture.create({
    data: {
      factureId: facture.id,
      statut: resultat.statut,
      utilisateurId,
      action,
      motif: motifNet,
      commentaire: commentaire?.trim() || null,
    },
  });
  await notifierChangementStatut(tx, publicUrl, facture, {
    statut: resultat.statut,
    acteur,
    motif: motifNet,
  });

  return resultat.statut;
}
