import { RACINES_MOTS_DE_PASSE_COURANTS } from './mots-de-passe-courants.ts';

/** ANSSI's recommendation for a password protected by a slow hash and rate limiting. */
export const LONGUEUR_MINIMALE_MOT_DE_PASSE = 12;

/** Below this length an e-mail local part ("jd") is too short to be searched inside a password. */
const LONGUEUR_MINIMALE_PARTIE_LOCALE_RECHERCHEE = 4;

/** Look-alike characters people use to disguise a common word (`P@ssw0rd`). */
const SUBSTITUTIONS: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

/** The password lower-cased, without the digits and symbols people add around a word. */
function noyau(motDePasse: string): string {
  return motDePasse.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

function estCourant(motDePasse: string): boolean {
  const racine = [...noyau(motDePasse)].map((caractere) => SUBSTITUTIONS[caractere] ?? caractere).join('');
  return RACINES_MOTS_DE_PASSE_COURANTS.has(racine);
}

/** `aaaa`, `abab`, `azeazeaze`: a block of at most 4 characters repeated over the whole string. */
function estRepetition(texte: string): boolean {
  return /^(.{1,4})\1+$/su.test(texte);
}

/** Step between two characters, where 0 follows 9 as on a keyboard's digit row ("1234567890"). */
function ecart(precedent: string, caractere: string): number {
  if (precedent === '9' && caractere === '0') return 1;
  if (precedent === '0' && caractere === '9') return -1;
  return (caractere.codePointAt(0) ?? 0) - (precedent.codePointAt(0) ?? 0);
}

/** `abcdef`, `987654`, `1234567890`: every character follows the previous one in the same direction. */
function estSuite(texte: string): boolean {
  const caracteres = [...texte];
  const ecarts = caracteres.slice(1).map((caractere, i) => ecart(caracteres[i] ?? '', caractere));
  const sens = ecarts[0];
  return ecarts.length >= 2 && (sens === 1 || sens === -1) && ecarts.every((e) => e === sens);
}

/** What the pattern checks look at: the whole password and, when long enough, the word inside it. */
function candidatsMotif(motDePasse: string): string[] {
  const coeur = noyau(motDePasse);
  return coeur.length >= 4 ? [motDePasse.toLowerCase(), coeur] : [motDePasse.toLowerCase()];
}

function contientEmail(motDePasse: string, email: string): boolean {
  const mot = motDePasse.toLowerCase();
  const adresse = email.trim().toLowerCase();
  if (adresse === '') return false;
  const partieLocale = adresse.split('@')[0] ?? '';
  if (mot.includes(adresse) || mot === partieLocale) return true;
  return partieLocale.length >= LONGUEUR_MINIMALE_PARTIE_LOCALE_RECHERCHEE && mot.includes(partieLocale);
}

/**
 * Checks a new password against the account password policy and returns the
 * French problems to show (an empty list means the password is accepted).
 */
export function verifierMotDePasse(motDePasse: string, compte: { email: string }): string[] {
  const problemes: string[] = [];
  if ([...motDePasse].length < LONGUEUR_MINIMALE_MOT_DE_PASSE) {
    problemes.push(`Le mot de passe doit comporter au moins ${LONGUEUR_MINIMALE_MOT_DE_PASSE} caractères.`);
  }
  if (contientEmail(motDePasse, compte.email)) {
    problemes.push('Le mot de passe ne doit pas contenir votre adresse e-mail ni votre identifiant.');
  }
  if (estCourant(motDePasse)) {
    problemes.push('Ce mot de passe est trop courant : choisissez-en un moins prévisible.');
  }
  const candidats = candidatsMotif(motDePasse);
  if (candidats.some(estRepetition)) {
    problemes.push('Le mot de passe ne doit pas être la répétition d’un même caractère ou d’un motif court.');
  }
  if (candidats.some(estSuite)) {
    problemes.push(
      'Le mot de passe ne doit pas être une suite simple de caractères (ex. 123456789, abcdef).',
    );
  }
  return problemes;
}
