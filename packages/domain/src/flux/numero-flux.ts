/**
 * numeroFluxDepot: `CPP` then 22 digits, as Chorus Pro's. Here 22 random digits drawn from the
 * given bytes (one digit per byte, taken below 250 so that each digit is as likely as another);
 * uniqueness is the database's index, the caller draws again on a collision.
 */
export function numeroFlux(alea: Uint8Array): string {
  const chiffres = [...alea].filter((o) => o < 250).map((o) => String(o % 10));
  if (chiffres.length < 22) throw new RangeError('Pas assez d’octets aléatoires pour un numéro de flux.');

  return `CPP${chiffres.slice(0, 22).join('')}`;
}

/** Random bytes enough for `numeroFlux` in all but a vanishing share of draws. */
export const OCTETS_NUMERO_FLUX = 40;

export const FORMAT_NUMERO_FLUX = /^CPP\d{22}$/;
