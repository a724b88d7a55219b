import { createHmac, randomBytes } from 'node:crypto';

/** A random token for a cookie or a link (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What we store instead of a token: an HMAC keyed by SESSION_SECRET, so that a copy of the
 * database alone lets nobody forge a session or a link.
 */
export function digestToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
