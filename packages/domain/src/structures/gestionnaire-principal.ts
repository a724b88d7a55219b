import { type RefusStructure, refus } from './refus.ts';
import type { RoleStructure } from './roles.ts';

/** A user's rattachement to a structure, with his role there. */
export interface MembreStructure {
  utilisateurId: string;
  role: RoleStructure;
}

/**
 * The invariant of every structure: exactly one gestionnaire principal, who
 * answers for it (he approves requests and is the one the support talks to).
 */
export function verifierGestionnairePrincipalUnique(
  membres: readonly MembreStructure[],
): { ok: true; gestionnairePrincipal: MembreStructure } | RefusStructure {
  const principaux = membres.filter((membre) => membre.role === 'GESTIONNAIRE_PRINCIPAL');
  const [principal] = principaux;
  if (principal === undefined) {
    return refus('AUCUN_GESTIONNAIRE_PRINCIPAL', 'La structure doit avoir un gestionnaire principal.');
  }
  if (principaux.length > 1) {
    return refus(
      'PLUSIEURS_GESTIONNAIRES_PRINCIPAUX',
      'La structure ne peut avoir qu’un seul gestionnaire principal.',
    );
  }
  return { ok: true, gestionnairePrincipal: principal };
}

/**
 * Hands the GP role from `cedant` to `beneficiaire`, another member of the
 * structure, and returns the new memberships. The former GP stays on as
 * gestionnaire secondaire, so the transfer never locks him out.
 */
export function verifierTransfertPrincipal(
  membres: readonly MembreStructure[],
  transfert: { cedant: string; beneficiaire: string },
): { ok: true; membres: MembreStructure[] } | RefusStructure {
  const actuel = verifierGestionnairePrincipalUnique(membres);
  if (!actuel.ok) return actuel;
  if (actuel.gestionnairePrincipal.utilisateurId !== transfert.cedant) {
    return refus(
      'CEDANT_NON_GESTIONNAIRE_PRINCIPAL',
      'Seul le gestionnaire principal de la structure peut transférer ce rôle.',
    );
  }
  const beneficiaire = membres.find((membre) => membre.utilisateurId === transfert.beneficiaire);
  if (beneficiaire === undefined || beneficiaire.utilisateurId === transfert.cedant) {
    return refus(
      'BENEFICIAIRE_NON_RATTACHE',
      'Le rôle de gestionnaire principal ne peut être transféré qu’à un autre utilisateur rattaché à la structure.',
    );
  }
  const nouveauxRoles = new Map<string, RoleStructure>([
    [transfert.cedant, 'GESTIONNAIRE_SECONDAIRE'],
    [transfert.beneficiaire, 'GESTIONNAIRE_PRINCIPAL'],
  ]);
  return {
    ok: true,
    membres: membres.map((membre) => ({
      ...membre,
      role: nouveauxRoles.get(membre.utilisateurId) ?? membre.role,
    })),
  };
}

/**
 * Whether a member may lose his manager role or his rattachement: anyone but
 * the GP, who must first transfer the role so the structure keeps exactly one.
 */
export function peutRetirerGestionnaire(
  membres: readonly MembreStructure[],
  utilisateurId: string,
): { ok: true } | RefusStructure {
  const membre = membres.find((candidat) => candidat.utilisateurId === utilisateurId);
  if (membre === undefined) {
    return refus('MEMBRE_NON_RATTACHE', 'Cet utilisateur n’est pas rattaché à la structure.');
  }
  if (membre.role === 'GESTIONNAIRE_PRINCIPAL') {
    return refus(
      'GESTIONNAIRE_PRINCIPAL_NON_RETIRABLE',
      'Le gestionnaire principal ne peut pas être retiré : transférez d’abord ce rôle à un autre utilisateur.',
    );
  }
  return { ok: true };
}
