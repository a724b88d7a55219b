import { invalide, type ResultatValidation, valide } from './resultat-validation.ts';

/**
 * Validates a RIDET (New Caledonia's company register, kept by the ISEE): the
 * 7-digit RID of the company followed by the 3-digit establishment number. It
 * is usually printed "1234567.001"; spaces and the dot are removed. A 6-digit
 * RID (older registrations) is left-padded with a zero.
 */
export function validerRidet(saisie: string): ResultatValidation {
  const compact = saisie.replace(/\s/g, '');
  const morceaux = /^(\d{6,7})\.?(\d{3})$/.exec(compact);
  if (morceaux === null) {
    return invalide(
      'Le numéro RIDET doit comporter le RID de l’entreprise (7 chiffres) suivi du numéro d’établissement (3 chiffres), ex. 1234567.001.',
    );
  }
  const [, rid = '', etablissement = ''] = morceaux;
  return valide(`${rid.padStart(7, '0')}${etablissement}`);
}
