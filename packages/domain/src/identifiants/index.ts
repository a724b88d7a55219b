export { genererSiret } from './generer-siret.ts';
export { LONGUEUR_MAXIMALE_IDENTIFIANT_LIBRE, validerIdentifiantLibre } from './identifiant-libre.ts';
export { calculerCleLuhn, cleLuhnValide } from './luhn.ts';
export type { ResultatValidation } from './resultat-validation.ts';
export { validerRidet } from './ridet.ts';
export { validerSiren } from './siren.ts';
export { cleSiretValide, SIREN_LA_POSTE, sirenDe, validerSiret } from './siret.ts';
export { validerNumeroTahiti } from './tahiti.ts';
export { validerTvaIntracommunautaire } from './tva-intracommunautaire.ts';
export {
  CODES_TYPE_IDENTIFIANT,
  estTypeIdentifiantStructure,
  LIBELLES_TYPE_IDENTIFIANT,
  TYPES_IDENTIFIANT_STRUCTURE,
  type TypeIdentifiantStructure,
} from './types-identifiant.ts';
export { validerIdentifiantStructure } from './valider-identifiant.ts';
