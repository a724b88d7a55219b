export {
  compteTechniqueAccedeA,
  DUREE_MOT_DE_PASSE_COMPTE_TECHNIQUE_JOURS,
  ESPACES_API,
  type EspaceApi,
  type EtatCompteTechnique,
  expirationMotDePasseCompteTechnique,
  LIBELLES_ESPACE_API,
  refusCompteTechnique,
} from './compte-technique.ts';
export {
  type MembreStructure,
  peutRetirerGestionnaire,
  verifierGestionnairePrincipalUnique,
  verifierTransfertPrincipal,
} from './gestionnaire-principal.ts';
export { NATURES_STRUCTURE, type NatureStructure } from './nature-structure.ts';
export {
  CODE_SERVICE_FACTURES_PUBLIQUES,
  LIBELLE_SERVICE_FACTURES_PUBLIQUES,
  PARAMETRES_STRUCTURE_PAR_DEFAUT,
  type ParametresStructure,
} from './parametres-structure.ts';
export {
  peutApprouverRattachement,
  peutGererCompteTechnique,
  peutGererStructure,
  peutGererUtilisateurs,
  peutNommerGestionnaireSecondaire,
  peutTransfererGestionnairePrincipal,
} from './permissions.ts';
export {
  DECISIONS_RATTACHEMENT,
  type DecisionRattachement,
  deciderRattachement,
  decisionsPossibles,
  ETATS_DEMANDE_RATTACHEMENT,
  type EtatDemandeRattachement,
  LIBELLES_ETAT_DEMANDE_RATTACHEMENT,
} from './rattachement.ts';
export type { CodeRefusStructure, RefusStructure } from './refus.ts';
export { LIBELLES_ROLE_STRUCTURE, ROLES_STRUCTURE, type RoleStructure } from './roles.ts';
