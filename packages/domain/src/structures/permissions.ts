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
