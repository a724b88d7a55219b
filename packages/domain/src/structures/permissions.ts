import { type RefusStructure, refus } from './refus.ts';
import type { RoleStructure } from './roles.ts';

// Every function takes the user's role in the structure, or `undefined` when he
// is not rattaché to it (then he may do nothing there).

function estGestionnaire(role: RoleStructure | undefined): boolean {
  return role === 'GESTIONNAIRE_PRINCIPAL' || role === 'GESTIONNAIRE_SECONDAIRE';
}

/** Modify, activate or deactivate the structure, its services, bank details and parameters: GP only. */
export function peutGererStructure(role: RoleStructure | undefined): boolean {
  return role === 'GESTIONNAIRE_PRINCIPAL';
}

/** Approve or refuse rattachement and habilitation requests: GP and GS share this power. */
export function peutApprouverRattachement(role: RoleStructure | undefined): boolean {
  return estGestionnaire(role);
}

/** Rattach a user on the manager's initiative, resend his activation e-mail, open espaces: GP and GS. */
export function peutGererUtilisateurs(role: RoleStructure | undefined): boolean {
  return estGestionnaire(role);
}

/** Appoint or demote gestionnaires secondaires: only the GP, who answers for the structure. */
export function peutNommerGestionnaireSecondaire(role: RoleStructure | undefined): boolean {
  return role === 'GESTIONNAIRE_PRINCIPAL';
}

/** Hand the GP role over to another member: only the current GP. */
export function peutTransfererGestionnairePrincipal(role: RoleStructure | undefined): boolean {
  return role === 'GESTIONNAIRE_PRINCIPAL';
}

/** Create the technical (API) user and reset its password: GP only. */
export function peutGererCompteTechnique(role: RoleStructure | undefined): boolean {
  return role === 'GESTIONNAIRE_PRINCIPAL';
}

/** The powers a role may hold on a structure, each checked by one function above. */
const PERMISSIONS = {
  gererStructure: {
    accordee: peutGererStructure,
    refus:
      'Seul le gestionnaire principal peut modifier la structure, l’activer ou la désactiver, ou gérer ses services et ses paramètres.',
  },
  gererUtilisateurs: {
    accordee: peutGererUtilisateurs,
    refus: 'Seuls les gestionnaires de la structure peuvent gérer ses utilisateurs.',
  },
  approuverRattachement: {
    accordee: peutApprouverRattachement,
    refus: 'Seul un gestionnaire de la structure peut approuver ou refuser une demande.',
  },
  nommerGestionnaires: {
    accordee: peutNommerGestionnaireSecondaire,
    refus: 'Seul le gestionnaire principal nomme ou retire les gestionnaires secondaires.',
  },
  transfererPrincipal: {
    accordee: peutTransfererGestionnairePrincipal,
    refus: 'Seul le gestionnaire principal de la structure peut transférer ce rôle.',
  },
  gererCompteTechnique: {
    accordee: peutGererCompteTechnique,
    refus: 'Seul le gestionnaire principal peut gérer le raccordement en mode API de la structure.',
  },
} as const satisfies Record<
  string,
  { accordee: (role: RoleStructure | undefined) => boolean; refus: string }
>;

export type PermissionStructure = keyof typeof PERMISSIONS;

export const PERMISSIONS_STRUCTURE = Object.keys(PERMISSIONS) as PermissionStructure[];

/** Whether the role holds the power, with the French refusal to show when it does not. */
export function verifierPermission(
  role: RoleStructure | undefined,
  permission: PermissionStructure,
): { ok: true } | RefusStructure {
  const { accordee, refus: message } = PERMISSIONS[permission];

  return accordee(role) ? { ok: true } : refus('PERMISSION_REFUSEE', message);
}
