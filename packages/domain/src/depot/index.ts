export {
  actionDeDepot,
  CADRE_FACTURATION_PAR_DEFAUT,
  CADRES_FACTURATION,
  type CadreFacturation,
  type CodeCadreFacturation,
  cadresProposes,
  type DeposantCadre,
  type EspaceDepot,
  type TypeDemandePaiement,
  trouverCadreFacturation,
  type ValeurApiCadreFacturation,
} from './cadres-facturation.ts';
export {
  calculerTotaux,
  type LigneRecapitulatifTva,
  type LigneSaisie,
  type TotauxSaisie,
} from './calculer-totaux.ts';
export type { ChampDepot, CodeProblemeDepot, ProblemeDepot } from './probleme-depot.ts';
export {
  type ContexteDepot,
  type DestinataireDepot,
  type ServiceDestinataire,
  verifierDestinataire,
} from './verifier-destinataire.ts';
export { type StructureFournisseur, verifierFournisseur } from './verifier-fournisseur.ts';
export { type SaisieDepot, verifierSaisie } from './verifier-saisie.ts';
export { type ContexteValideur, verifierValideur } from './verifier-valideur.ts';
