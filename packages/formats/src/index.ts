/**
 * @choral/formats — e-invoice formats for the Choral deposit pipeline: detection by content,
 * Factur-X extraction, CII / UBL reading into the normalized invoice, EN 16931 validation,
 * Factur-X / CII / UBL generation. Pure library: no database, no HTTP, no file system.
 */
export type { Detection, Format, InfosPdf, OptionsLecture, ResultatDetection, SyntaxeXml } from './detect.ts';
export { detecterFormat } from './detect.ts';
export type { CodeErreur, ErreurLecture } from './erreurs.ts';
export { CODES_ERREUR } from './erreurs.ts';
export { ecrireCii } from './generate/ecrire-cii.ts';
export { ecrireUbl } from './generate/ecrire-ubl.ts';
export type { OptionsGeneration } from './generate/generer-factur-x.ts';
export { genererFacturX } from './generate/generer-factur-x.ts';
export { decouperLignes, texteDessinable } from './generate/texte-pdf.ts';
export type { Limites } from './limites.ts';
export { LIMITES_PAR_DEFAUT } from './limites.ts';
export type { LectureFacture, ResultatLecture } from './lire-facture.ts';
export { lireFacture } from './lire-facture.ts';
export type { PieceJointe } from './pdf/extract-pdf-xml.ts';
export type { Xmp } from './pdf/lire-xmp.ts';
export type { Profil } from './profil.ts';
export { PROFILS, profilDepuisSpecification } from './profil.ts';
export type { Constat, Severite } from './validate/constat.ts';
export { validerFacture } from './validate/valider-facture.ts';
