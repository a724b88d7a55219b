/** Luhn sum of a digit string, from the right, every second digit doubled (INSEE's SIRET key). */
function sommeLuhn(chiffres: string): number {
  let somme = 0;
  for (let i = 0; i < chiffres.length; i += 1) {
    const chiffre = Number(chiffres[chiffres.length - 1 - i]);
    const pondere = i % 2 === 1 ? chiffre * 2 : chiffre;
    somme += pondere > 9 ? pondere - 9 : pondere;
  }
  return somme;
}

/**
 * A SIRET unique to this run that passes the key check: 13 digits from the clock and chance,
 * then the Luhn key. Starts with 9 so it can never be La Poste's SIREN (356000000), whose rule differs.
 */
export function siretUnique(): string {
  const prefixe = `9${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
  const cle = (10 - (sommeLuhn(`${prefixe}0`) % 10)) % 10;
  return `${prefixe}${cle}`;
}

/** The same SIRET with a wrong key: 14 digits that fail the check. */
export function siretInvalide(siret: string): string {
  const cle = Number(siret.slice(-1));
  return `${siret.slice(0, -1)}${(cle + 1) % 10}`;
}
