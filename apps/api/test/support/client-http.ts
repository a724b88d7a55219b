/**
 * A browser-like client of a portal running in its own process (over real HTTP, unlike `Client`
 * which injects): keeps the session cookie and sends the CSRF token on every change, as
 * `apps/web/src/lib/api-client.ts` does. Also used by `bench/depot`.
 */
export class ClientHttp {
  private cookie = '';
  private csrf = 'anonyme';
  readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  /** A JSON body, a multipart `FormData` (the upload), or none. */
  async request(method: string, chemin: string, corps?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let body: FormData | string | undefined;
    if (corps instanceof FormData) body = corps;
    else if (corps !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(corps);
    }
    const res = await fetch(`${this.base}${chemin}`, { method, headers, body });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('choral_session='));
    if (cookie) this.cookie = cookie.split(';')[0] ?? '';

    return res;
  }

  /** Logs in through the real route; throws if it fails. */
  async login(email: string, motDePasse: string): Promise<this> {
    const res = await this.request('POST', '/api/session', { email, motDePasse });
    if (res.status !== 200) throw new Error(`Connexion impossible (${res.status}) : ${await res.text()}`);
    this.csrf = ((await res.json()) as { jetonCsrf: string }).jetonCsrf;

    return this;
  }
}
