import type { AppContext } from '../../app-context.ts';
import { annulerJetons, consommerJeton } from '../../auth/jetons-compte.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { verifierNouveauMotDePasse } from './verifier-nouveau-mot-de-passe.ts';

/**
 * Follows an activation or reset link: checks the password, stores its hash, activates the
 * account, voids the account's other links and closes its sessions. All in one transaction, so a
 * refused password does not burn the link.
 */
export async function definirMotDePasse(
  ctx: AppContext,
  {
    jeton,
    motDePasse,
    objet,
  }: { jeton: string; motDePasse: string; objet: 'ACTIVATION' | 'REINITIALISATION' },
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const { utilisateurId } = await consommerJeton(tx, ctx.config.sessionSecret, jeton, objet);
    const utilisateur = await tx.utilisateur.findUniqueOrThrow({ where: { id: utilisateurId } });
    verifierNouveauMotDePasse(motDePasse, utilisateur.email, '/motDePasse');
    await tx.utilisateur.update({
      where: { id: utilisateurId },
      data: { motDePasseHash: await hashPassword(motDePasse), actif: true },
    });
    await annulerJetons(tx, utilisateurId);
    await tx.session.deleteMany({ where: { utilisateurId } });
    await tx.tentativeConnexion.deleteMany({ where: { email: utilisateur.email } });
  });
}
