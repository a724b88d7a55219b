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

/** `abcdef`, `987654`, `1234567890`: every character follows the previous one in the same direction. */
function estSuite(texte: string): boolean {
  const codes = [...texte].map((caractere) => caractere.codePointAt(0) ?? 0);
  if (codes.length < 3) return false;
  const ecart = (i: number): number => {
    const difference = (codes[i] ?? 0) - (codes[i - 1] ?? 0);
    // On a keyboard 0 follows 9: "1234567890" is a sequence.
    const chiffres = texte[i] !== undefined && /\d/.test(texte[i - 1] ?? '') && /\d/.test(texte[i] ?? '');
    if (chiffres && difference === -9) return 1;
    if (chiffres && difference === 9) return -1;
    return difference;
  };
  const sens = ecart(1);
  if (sens !== 1 && sens !== -1) return false;
  for (let i = 2; i < codes.length; i++) if (ecart(i) !== sens) return false;
  return true;
}

function estMotifEvident(motDePasse: string): 'REPETITION' | 'SUITE' | null {
  const candidats = [motDePasse.toLowerCase()];
  const coeur = noyau(motDePasse);
  if (coeur.length >= 4) candidats.push(coeur);
  if (candidats.some(estRepetition)) return 'REPETITION';
  if (candidats.some(estSuite)) return 'SUITE';
  return null;
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
  const motif = estMotifEvident(motDePasse);
  if (motif === 'REPETITION') {
    problemes.push('Le mot de passe ne doit pas être la répétition d’un même caractère ou d’un motif court.');
  }
  if (motif === 'SUITE') {
    problemes.push('Le mot de passe ne doit pas être une suite simple de caractères (ex. 123456789, abcdef).');
  }
  return problemes;
}
