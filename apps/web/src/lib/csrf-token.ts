/**
 * The session's anti-CSRF token, kept in memory only (never in storage): the API gives it with
 * the session and `api-client` sends it back in `X-CSRF-Token` on every change.
 * Without a session the API only checks that the header is present.
 */
const ANONYMOUS_TOKEN = 'anonyme';

let current: string | null = null;

export const csrfToken = {
  get: (): string => current ?? ANONYMOUS_TOKEN,
  set: (token: string | null): void => {
    current = token;
  },
};
