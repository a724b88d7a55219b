import type { Identifiant, Partie } from './facture-normalisee.ts';

/** SIREN of La Poste, whose establishments are checked by a digit sum instead of Luhn. */
const SIREN_LA_POSTE = '356000000';

/** Luhn checksum over a string of digits. */
export function luhnValide(chiffres: string): boolean {
  if (!/^\d+$/.test(chiffres)) return false;
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let chiffre = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return somme % 10 === 0;
}

/** SIREN (9 digits) or SIRET (14 digits) checksum, with the La Poste exception for SIRETs. */
export function identifiantSireneValide(valeur: string): boolean {
  if (/^\d{14}$/.test(valeur) && valeur.startsWith(SIREN_LA_POSTE)) {
    return [...valeur].reduce((somme, chiffre) => somme + Number(chiffre), 0) % 5 === 0;
  }
  return /^(\d{9}|\d{14})$/.test(valeur) && luhnValide(valeur);
}

/**
 * SIRET and SIREN of a party. Scheme 0002 holds a SIRET (14 digits, Chorus-era files) or a
 * SIREN (9 digits, 2026 reform); 0009 holds a SIRET. The legal id (BT-30/47) comes first.
 */
export function siretEtSiren(partie: Partie): { siret: string | null; siren: string | null } {
  const candidats: Identifiant[] = [
    ...(partie.identifiantLegal === null ? [] : [partie.identifiantLegal]),
    ...partie.identifiants,
  ];
  const siret = candidats.find(
    (id) => (id.schema === '0002' || id.schema === '0009') && /^\d{14}$/.test(id.valeur),
  );
  const legal = partie.identifiantLegal;
  const siren =
    legal !== null && legal.schema === '0002' && /^\d{9}$/.test(legal.valeur) ? legal.valeur : null;
  return { siret: siret?.valeur ?? null, siren };
}
