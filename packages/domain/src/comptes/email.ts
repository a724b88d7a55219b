import type { ResultatValidation } from '../identifiants/resultat-validation.ts';
import { invalide, valide } from '../identifiants/resultat-validation.ts';

/**
 * Canonical form of an e-mail address: trimmed, domain lower-cased. The local
 * part keeps its case because RFC 5321 lets servers treat it as significant.
 */
export function normaliserEmail(saisie: string): string {
  const email = saisie.trim();
  const arobase = email.lastIndexOf('@');
  if (arobase < 0) return email;
  return `${email.slice(0, arobase)}${email.slice(arobase).toLowerCase()}`;
}

// Dot-atom local part (RFC 5322) and a host name with at least one dot and an alphabetic TLD.
const PARTIE_LOCALE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAINE = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/**
 * Validates an e-mail address after normalizing it. Deliberately simple: the
 * activation e-mail is the real proof that the address works.
 */
export function validerEmail(saisie: string): ResultatValidation {
  const email = normaliserEmail(saisie);
  if (email === '') return invalide('L’adresse e-mail est obligatoire.');
  // RFC 5321 limits a whole address to 254 characters and its local part to 64.
  if (email.length > 254) return invalide('L’adresse e-mail ne doit pas dépasser 254 caractères.');
  const arobase = email.lastIndexOf('@');
  const partieLocale = email.slice(0, arobase);
  const domaine = email.slice(arobase + 1);
  if (
    arobase < 0 ||
    !PARTIE_LOCALE.test(partieLocale) ||
    partieLocale.length > 64 ||
    !DOMAINE.test(domaine)
  ) {
    return invalide('L’adresse e-mail n’est pas valide (format attendu : nom@domaine.fr).');
  }
  return valide(email);
}
