import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { MOT_DE_PASSE } from './factories.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * A browser-like client over app.inject: keeps the session cookie and sends the CSRF token
 * on every change, as the web app does.
 */
export class Client {
  private cookie = '';
  private csrf = 'anonyme';
  readonly app: FastifyInstance;

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async request(
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const options: InjectOptions = {
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    };
    const res = await this.app.inject(options);
    const setCookie = res.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first?.startsWith('choral_session=')) this.cookie = first.split(';')[0] ?? '';

    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown) {
    return this.request('POST', url, payload ?? {});
  }
  put(url: string, payload?: unknown) {
    return this.request('PUT', url, payload ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  /** Logs in through the real route; throws if it fails. */
  async login(email: string, motDePasse = MOT_DE_PASSE): Promise<this> {
    const res = await this.post('/api/session', { email, motDePasse });
    if (res.statusCode !== 200) throw new Error(`Connexion impossible (${res.statusCode}) : ${res.body}`);
    this.csrf = res.json().jetonCsrf;

    return this;
  }
}
