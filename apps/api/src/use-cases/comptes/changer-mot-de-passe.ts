import { ErreurMetier } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { annulerJetons } from '../../auth/jetons-compte.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { verifierNouveauMotDePasse } from './verifier-nouveau-mot-de-passe.ts';

/** Changes the password given the old one; the user's other sessions and pending links are closed. */
export async function changerMotDePasse(
  ctx: AppContext,
  {
    utilisateurId,
    sessionId,
    ancien,
    nouveau,
  }: { utilisateurId: number; sessionId: string; ancien: string; nouveau: string },
): Promise<void> {
  const utilisateur = await ctx.db.utilisateur.findUniqueOrThrow({ where: { id: utilisateurId } });
  if (!(await verifyPassword(utilisateur.motDePasseHash, ancien))) {
    throw new ErreurMetier('REGLE_METIER', 'Le mot de passe actuel est incorrect.', {
      motif: 'ANCIEN_MOT_DE_PASSE_INCORRECT',
      champs: [{ champ: '/ancienMotDePasse', message: 'Mot de passe actuel incorrect.' }],
    });
  }
  verifierNouveauMotDePasse(nouveau, utilisateur.email, '/nouveauMotDePasse');
  const motDePasseHash = await hashPassword(nouveau);
  await ctx.db.$transaction(async (tx) => {
    await tx.utilisateur.update({ where: { id: utilisateurId }, data: { motDePasseHash } });
    await tx.session.deleteMany({ where: { utilisateurId, id: { not: sessionId } } });
    await annulerJetons(tx, utilisateurId);
  });
}
