/** Role of a user within one structure he is rattaché to. */
export const ROLES_STRUCTURE = ['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR'] as const;

export type RoleStructure = (typeof ROLES_STRUCTURE)[number];

export const LIBELLES_ROLE_STRUCTURE: Readonly<Record<RoleStructure, string>> = {
  GESTIONNAIRE_PRINCIPAL: 'Gestionnaire principal',
  GESTIONNAIRE_SECONDAIRE: 'Gestionnaire secondaire',
  UTILISATEUR: 'Utilisateur',
};
