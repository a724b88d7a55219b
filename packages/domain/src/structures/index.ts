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
export {
  ESPACES,
  type Espace,
  espacesDeLaStructure,
  espacesDemandables,
  espacesDetenus,
  LIBELLES_ESPACE,
  peutAgirDansEspace,
  type TitulaireHabilitations,
} from './habilitations.ts';
export { verifierDetachement, verifierModificationMembre } from './membres.ts';
export { NATURES_STRUCTURE, type NatureStructure } from './nature-structure.ts';
export {
  CODE_SERVICE_FACTURES_PUBLIQUES,
  LIBELLE_SERVICE_FACTURES_PUBLIQUES,
  PARAMETRES_STRUCTURE_PAR_DEFAUT,
  type ParametresStructure,
} from './parametres-structure.ts';
export {
  PERMISSIONS_STRUCTURE,
  type PermissionStructure,
  peutApprouverRattachement,
  peutGererCompteTechnique,
  peutGererStructure,
  peutGererUtilisateurs,
  peutNommerGestionnaireSecondaire,
  peutTransfererGestionnairePrincipal,
  verifierPermission,
} from './permissions.ts';
export {
  DECISIONS_RATTACHEMENT,
  type DecisionRattachement,
  deciderRattachement,
  decisionsPossibles,
  ETATS_DEMANDE_RATTACHEMENT,
  type EtatDemandeRattachement,
  LIBELLES_ETAT_DEMANDE_RATTACHEMENT,
  verifierMotifDecision,
} from './rattachement.ts';
export { type CodeRefusStructure, REFUS_DE_DROIT, type RefusStructure } from './refus.ts';
export { LIBELLES_ROLE_STRUCTURE, ROLES_STRUCTURE, type RoleStructure } from './roles.ts';
