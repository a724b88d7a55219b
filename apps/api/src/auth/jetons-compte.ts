import type { Prisma } from '@choral/db';
import { ErreurMetier } from '@choral/domain/erreurs';
import { digestToken, newToken } from './secrets.ts';

export const DUREE_JETON_MS = 60 * 60 * 1000;
type Objet = 'ACTIVATION' | 'REINITIALISATION';

/** Creates a single-use link token (valid 60 minutes) and returns the clear token for the e-mail. */
export async function creerJeton(
  tx: Prisma.TransactionClient,
  secret: string,
  utilisateurId: number,
  objet: Objet,
): Promise<string> {
  const token = newToken();
  await tx.jetonCompte.create({
    data: {
      hash: digestToken(token, secret),
      objet,
      utilisateurId,
      expireLe: new Date(Date.now() + DUREE_JETON_MS),
    },
  });

  return token;
}

/**
 * Consumes a token: unknown, used or expired tokens are refused with a code the page uses to
 * offer a new link (JETON_EXPIRE). Marking it used happens in the caller's transaction.
 */
export async function consommerJeton(
  tx: Prisma.TransactionClient,
  secret: string,
  token: string,
  objet: Objet,
): Promise<{ utilisateurId: number }> {
  const jeton = await tx.jetonCompte.findUnique({ where: { hash: digestToken(token, secret) } });
  if (!jeton || jeton.objet !== objet || jeton.utiliseLe) {
    throw new ErreurMetier('REGLE_METIER', 'Ce lien est invalide ou a déjà été utilisé.', {
      motif: 'JETON_INVALIDE',
    });
  }
  if (jeton.expireLe < new Date()) {
    throw new ErreurMetier(
      'REGLE_METIER',
      'Ce lien a expiré (il est valable 60 minutes). Demandez-en un nouveau.',
      {
        motif: 'JETON_EXPIRE',
      },
    );
  }
  // Conditional update: two concurrent uses of one link cannot both succeed.
  const { count } = await tx.jetonCompte.updateMany({
    where: { id: jeton.id, utiliseLe: null },
    data: { utiliseLe: new Date() },
  });
  if (count === 0)
    throw new ErreurMetier('REGLE_METIER', 'Ce lien a déjà été utilisé.', { motif: 'JETON_INVALIDE' });

  return { utilisateurId: jeton.utilisateurId };
}

/**
 * Voids every link of the account still unused: once one link has served, or the password has
 * changed, an older e-mail must not open the account again.
 */
export async function annulerJetons(tx: Prisma.TransactionClient, utilisateurId: number): Promise<void> {
  await tx.jetonCompte.updateMany({
    where: { utilisateurId, utiliseLe: null },
    data: { utiliseLe: new Date() },
  });
}
