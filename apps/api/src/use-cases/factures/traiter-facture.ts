import type {
  Facture,
  TraiterFactureBody,
  TraiterFacturesBody,
  TraiterFacturesResponse,
} from '@choral/contracts';
import type { StatutFacture } from '@choral/domain/cycle-de-vie';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import type { FactureComplete } from '../../presenters/facture.ts';
import { changerStatut } from './changer-statut.ts';
import { consulterFacture } from './consulter-facture.ts';
import { transmettreApresValidation } from './transmettre-apres-validation.ts';
import { trouverFactureAccessible } from './trouver-facture-accessible.ts';

type Traitement = Omit<TraiterFactureBody, 'action'> & Pick<TraiterFactureBody, 'action'>;

/** Completing a suspended invoice brings something new: an attachment added since, or a comment. */
function exigerComplement(facture: FactureComplete, commentaire: string | null | undefined): void {
  const suspendueLe = facture.historique.findLast((h) => h.statut === 'SUSPENDUE')?.le ?? facture.creeLe;
  const pieceAjoutee = facture.documents.some((d) => d.role === 'PIECE_JOINTE' && d.creeLe > suspendueLe);
  if (!pieceAjoutee && !commentaire?.trim()) {
    const message = 'Ajoutez une pièce jointe ou un commentaire pour compléter la facture.';
    throw new ErreurMetier('REGLE_METIER', message, {
      motif: 'COMPLEMENT_OBLIGATOIRE',
      champs: [{ champ: '/commentaire', message }],
    });
  }
}

/** One invoice, one transaction: the caller's side decides what he may do (404 outside it). */
async function appliquer(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
  { action, motif, numeroMandat, codeMotifRefus, commentaire }: Traitement,
): Promise<StatutFacture> {
  const statut = await ctx.db.$transaction(async (tx) => {
    const { facture, cote } = await trouverFactureAccessible(tx, utilisateurId, factureId);
    if (action === 'ACQUITTER_REJET' && facture.acquitteLe !== null) {
      throw new ErreurMetier('CONFLIT', 'Ce rejet a déjà été acquitté.', { motif: 'REJET_DEJA_ACQUITTE' });
    }
    if (action === 'COMPLETER') exigerComplement(facture, commentaire);

    const nouveau = await changerStatut(tx, ctx.config.publicUrl, facture, {
      action,
      acteur: cote,
      utilisateurId,
      motif,
      commentaire,
      numeroMandat,
      codeMotifRefus,
      donnees: action === 'ACQUITTER_REJET' ? { acquitteLe: new Date() } : {},
    });
    if (nouveau !== 'VALIDEE_1') return nouveau;
    // Validated: deposited and routed at once, like any invoice.
    await transmettreApresValidation(tx, ctx, facture.id);

    return 'DEPOSEE' as const;
  });
  ctx.mailer.wake();

  return statut;
}

/**
 * « Traiter »: a lifecycle action on one invoice, allowed only from its current status and for
 * the caller's side (409 TRANSITION_INTERDITE otherwise, nothing changed); answers the invoice.
 */
export async function traiterFacture(
  ctx: AppContext,
  utilisateurId: number,
  factureId: number,
  traitement: Traitement,
): Promise<Facture> {
  await appliquer(ctx, utilisateurId, factureId, traitement);

  return consulterFacture(ctx, utilisateurId, factureId);
}

/**
 * The same action on several invoices. Each is processed in its own transaction and reported on
 * its own: one refused (already processed by a colleague, wrong status…) never blocks the others.
 */
export async function traiterFactures(
  ctx: AppContext,
  utilisateurId: number,
  { ids, ...traitement }: TraiterFacturesBody,
): Promise<TraiterFacturesResponse> {
  const resultats: TraiterFacturesResponse['resultats'] = [];
  for (const id of new Set(ids)) {
    try {
      resultats.push({ id, ok: true, statut: await appliquer(ctx, utilisateurId, id, traitement) });
    } catch (erreur) {
      if (!(erreur instanceof ErreurMetier)) throw erreur;
      resultats.push({ id, ok: false, code: erreur.motif, message: erreur.message });
    }
  }

  return { resultats };
}
