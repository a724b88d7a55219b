import type { Db, Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';

type Client = Db | Prisma.TransactionClient;

export interface RattachementActeur {
  id: number;
  role: 'GESTIONNAIRE_PRINCIPAL' | 'GESTIONNAIRE_SECONDAIRE' | 'UTILISATEUR';
}

/**
 * The caller's rattachement to a structure. Outside his structures the structure does not
 * exist for him: 404, never 403, so that nothing leaks.
 */
export async function exigerRattachement(
  db: Client,
  utilisateurId: number,
  structureId: number,
): Promise<RattachementActeur> {
  const r = await db.rattachement.findUnique({
    where: { utilisateurId_structureId: { utilisateurId, structureId } },
    select: { id: true, role: true },
  });
  if (!r) throw introuvable('Structure introuvable.');

  return r;
}

/** Gestionnaires only (principal or secondaire): a simple user who sees the structure gets 403. */
export async function exigerGestionnaire(
  db: Client,
  utilisateurId: number,
  structureId: number,
): Promise<RattachementActeur> {
  const r = await exigerRattachement(db, utilisateurId, structureId);
  if (r.role === 'UTILISATEUR') {
    throw new ErreurMetier('INTERDIT', 'Seuls les gestionnaires de la structure peuvent faire cette action.');
  }

  return r;
}

/** The principal only (name gestionnaires secondaires, transfer the role). */
export async function exigerPrincipal(
  db: Client,
  utilisateurId: number,
  structureId: number,
): Promise<RattachementActeur> {
  const r = await exigerRattachement(db, utilisateurId, structureId);
  if (r.role !== 'GESTIONNAIRE_PRINCIPAL') {
    throw new ErreurMetier(
      'INTERDIT',
      'Seul le gestionnaire principal de la structure peut faire cette action.',
    );
  }

  return r;
}
