/** Crockford's base 32: no I, L, O, U, so a number read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random bytes a portal number is drawn from (5 bytes = 40 bits, 8 characters). */
export const OCTETS_NUMERO_PORTAIL = 5;

/**
 * The portal's own number for a deposited invoice, `CHO-2026-7KQ4-M2XD`: the deposit year and
 * 40 random bits, so that it says nothing of how many invoices the platform holds. Uniqueness is
 * the database's unique index; the caller draws again on a collision.
 */
export function numeroPortail(anneeDepot: number, alea: Uint8Array): string {
  if (alea.length < OCTETS_NUMERO_PORTAIL)
    throw new RangeError(`${OCTETS_NUMERO_PORTAIL} octets aléatoires attendus.`);
  let bits = 0n;
  for (const octet of alea.subarray(0, OCTETS_NUMERO_PORTAIL)) bits = (bits << 8n) | BigInt(octet);
  let caracteres = '';
  for (let i = 0; i < 8; i++) {
    caracteres = ALPHABET[Number(bits & 31n)] + caracteres;
    bits >>= 5n;
  }

  return `CHO-${anneeDepot}-${caracteres.slice(0, 4)}-${caracteres.slice(4)}`;
}

/** The shape of a portal number. */
export const FORMAT_NUMERO_PORTAIL = /^CHO-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
