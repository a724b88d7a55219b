import { CODES_ERREUR, EchecLecture } from '../erreurs.ts';

/**
 * CII and UBL never need a DTD: any DOCTYPE or ENTITY declaration is refused before the
 * parser sees it, which rules out external entities (XXE, SSRF) and entity expansion bombs.
 */
export function refuserDeclarationsDtd(texte: string): void {
  if (/<!DOCTYPE/i.test(texte) || /<!ENTITY/i.test(texte)) {
    throw new EchecLecture(
      CODES_ERREUR.XML_DANGEREUX,
      'Le XML contient une déclaration DOCTYPE ou ENTITY, interdite dans une facture électronique (risque de sécurité).',
    );
  }
}
