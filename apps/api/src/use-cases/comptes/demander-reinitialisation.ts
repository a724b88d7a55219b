import type { AppContext } from '../../app-context.ts';
import { creerJeton } from '../../auth/jetons-compte.ts';
import { courrielReinitialisation } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';

/** "Mot de passe oublié": a reset link for an active account; silent for any other address. */
export async function demanderReinitialisation(ctx: AppContext, email: string): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const utilisateur = await tx.utilisateur.findUnique({ where: { email } });
    if (!utilisateur?.actif) return;
    const jeton = await creerJeton(tx, ctx.config.sessionSecret, utilisateur.id, 'REINITIALISATION');
    await mettreEnFile(
      tx,
      courrielReinitialisation(
        // The login address itself: a link sent elsewhere would let anyone claim that address.
        utilisateur.email,
        utilisateur.prenom,
        `${ctx.config.publicUrl}/reinitialisation?jeton=${jeton}`,
      ),
    );
  });
  ctx.mailer.wake();
}
