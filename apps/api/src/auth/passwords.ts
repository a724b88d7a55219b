import { hash, verify } from 'argon2';

// argon2id with the library's defaults (19 MiB, 2 passes), OWASP's minimum recommendation.

export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: 2 });
}

/** A precomputed hash, checked when the address is unknown so that timing reveals nothing. */
const DECOY_HASH = hash('choral-mot-de-passe-leurre', { type: 2 });

export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    await verify(await DECOY_HASH, password);

    return false;
  }

  return verify(storedHash, password);
}
