/**
 * Luhn checksum of a digit string (the key INSEE uses for SIREN and SIRET):
 * from the right, every second digit is doubled (minus 9 above 9) and the total
 * must be a multiple of 10.
 */
export function sommeLuhn(chiffres: string): number {
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    const chiffre = Number(chiffres[chiffres.length - 1 - i]);
    const pondere = i % 2 === 1 ? chiffre * 2 : chiffre;
    somme += pondere > 9 ? pondere - 9 : pondere;
  }
  return somme;
}

/** True when the digit string carries a valid Luhn key as its last digit. */
export function cleLuhnValide(chiffres: string): boolean {
  return sommeLuhn(chiffres) % 10 === 0;
}

/** The digit to append to `prefixe` so that the result passes the Luhn check. */
export function calculerCleLuhn(prefixe: string): number {
  return (10 - (sommeLuhn(`${prefixe}0`) % 10)) % 10;
}
