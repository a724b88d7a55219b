import type { Db, Prisma } from '@choral/db';
import { ErreurMetier } from '@choral/domain/erreurs';
import { peutGererCompteTechnique } from '@choral/domain/structures';
import { exigerRattachement } from '../../access/rattachement.ts';

/** Raccordement en mode API: the gestionnaire principal only (404 outside, 403 for other roles). */
export async function exigerGestionRaccordement(
  db: Db | Prisma.TransactionClient,
  utilisateurId: number,
  structureId: number,
): Promise<void> {
  const { role } = await exigerRattachement(db, utilisateurId, structureId);
  if (!peutGererCompteTechnique(role)) {
    throw new ErreurMetier(
      'INTERDIT',
      'Seul le gestionnaire principal peut gérer le raccordement en mode API de la structure.',
    );
  }
}
