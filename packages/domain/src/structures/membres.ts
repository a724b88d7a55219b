import { type MembreStructure, peutRetirerGestionnaire } from './gestionnaire-principal.ts';
import { verifierPermission } from './permissions.ts';
import { type RefusStructure, refus } from './refus.ts';
import type { RoleStructure } from './roles.ts';

/**
 * Whether a member may change another's role, services and espaces. Gestionnaires manage users;
 * only the principal names or demotes gestionnaires secondaires; the principal himself changes
 * only through a transfer of his role.
 */
export function verifierModificationMembre(
  roleActeur: RoleStructure | undefined,
  membre: { role: RoleStructure },
  nouveauRole: RoleStructure,
): { ok: true } | RefusStructure {
  const gestion = verifierPermission(roleActeur, 'gererUtilisateurs');
  if (!gestion.ok) return gestion;
  if (membre.role === 'GESTIONNAIRE_PRINCIPAL' || nouveauRole === 'GESTIONNAIRE_PRINCIPAL') {
    return refus(
      'GESTIONNAIRE_PRINCIPAL_NON_MODIFIABLE',
      'Le rôle de gestionnaire principal ne change que par un transfert.',
    );
  }
  if (membre.role !== nouveauRole) return verifierPermission(roleActeur, 'nommerGestionnaires');

  return { ok: true };
}

/**
 * Whether `acteurId` may detach `membreId`: a gestionnaire detaches simple users; a gestionnaire
 * secondaire is detached by the principal or leaves by himself; the principal must first
 * transfer his role.
 */
export function verifierDetachement(
  membres: readonly MembreStructure[],
  { acteurId, membreId }: { acteurId: string; membreId: string },
): { ok: true } | RefusStructure {
  const roleActeur = membres.find((m) => m.utilisateurId === acteurId)?.role;
  const gestion = verifierPermission(roleActeur, 'gererUtilisateurs');
  if (!gestion.ok) return gestion;
  const retrait = peutRetirerGestionnaire(membres, membreId);
  if (!retrait.ok) return retrait;
  const membre = membres.find((m) => m.utilisateurId === membreId);
  if (
    membre?.role === 'GESTIONNAIRE_SECONDAIRE' &&
    acteurId !== membreId &&
    !verifierPermission(roleActeur, 'nommerGestionnaires').ok
  ) {
    return refus(
      'DETACHEMENT_RESERVE_AU_PRINCIPAL',
      'Seul le gestionnaire principal détache un gestionnaire secondaire.',
    );
  }

  return { ok: true };
}
