import type { AppContext } from '../../app-context.ts';
import { creerJeton } from '../../auth/jetons-compte.ts';
import { courrielActivation } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';

/** Sends a fresh activation link to an account that is not active yet; silent otherwise. */
export async function renvoyerActivation(ctx: AppContext, email: string): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const utilisateur = await tx.utilisateur.findUnique({ where: { email } });
    if (!utilisateur || utilisateur.actif) return;
    const jeton = await creerJeton(tx, ctx.config.sessionSecret, utilisateur.id, 'ACTIVATION');
    await mettreEnFile(
      tx,
      courrielActivation(
        // The login address itself: a link sent elsewhere would let anyone claim that address.
        utilisateur.email,
        utilisateur.prenom,
        `${ctx.config.publicUrl}/activation?jeton=${jeton}`,
      ),
    );
  });
  ctx.mailer.wake();
}
