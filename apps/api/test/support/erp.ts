import { CHEMINS_CPRO } from '@choral/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Client } from './client.ts';

export interface Raccordement {
  clientId: string;
  clientSecret: string;
  login: string;
  motDePasse: string;
  compteId: number;
}

/**
 * Through the portal, as the structure's gestionnaire principal: creates (or reuses) the API
 * application and a compte technique with the given espaces and services.
 */
export async function raccorder(
  gestionnaire: Client,
  structureId: number,
  compte: { espaces?: string[]; serviceIds?: number[] } = {},
): Promise<Raccordement> {
  const application = await gestionnaire.post(`/api/structures/${structureId}/raccordement-api/application`);
  expect(application.statusCode, application.body).toBe(200);
  const cree = await gestionnaire.post(`/api/structures/${structureId}/raccordement-api/comptes`, {
    espaces: compte.espaces ?? ['FACTURES_EMISES', 'FACTURES_RECUES'],
    serviceIds: compte.serviceIds ?? [],
  });
  expect(cree.statusCode, cree.body).toBe(201);

  return {
    ...application.json(),
    login: cree.json().compte.login,
    motDePasse: cree.json().motDePasse,
    compteId: cree.json().compte.id,
  };
}

/** The form body of a token request. */
export function formulaireJeton(clientId: string, clientSecret: string): string {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
    scope: 'openid',
  }).toString();
}

/** Asks the token endpoint, as an OAuth client does. */
export function demanderJeton(app: FastifyInstance, clientId: string, clientSecret: string) {
  return app.inject({
    method: 'POST',
    url: '/api/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: formulaireJeton(clientId, clientSecret),
  });
}

/**
 * An ERP connector: raw HTTP with the headers real Chorus Pro clients send (bearer token,
 * cpro-account in base64, JSON with charset), no cookie and no CSRF token.
 */
export class Erp {
  readonly app: FastifyInstance;
  jeton: string;
  compte: string;

  constructor(app: FastifyInstance, jeton: string, login: string, motDePasse: string) {
    this.app = app;
    this.jeton = jeton;
    this.compte = Buffer.from(`${login}:${motDePasse}`).toString('base64');
  }

  static async connecter(app: FastifyInstance, r: Raccordement): Promise<Erp> {
    const res = await demanderJeton(app, r.clientId, r.clientSecret);
    expect(res.statusCode, res.body).toBe(200);

    return new Erp(app, res.json().access_token, r.login, r.motDePasse);
  }

  appeler(
    chemin: string,
    corps: unknown = {},
    entetes: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'POST',
      url: chemin,
      headers: {
        authorization: `Bearer ${this.jeton}`,
        'cpro-account': this.compte,
        'content-type': 'application/json;charset=utf-8',
        'accept-charset': 'utf-8',
        ...entetes,
      },
      payload: typeof corps === 'string' ? corps : JSON.stringify(corps),
    });
  }

  /** Uploads a PDF through `ajouter/fichier` as an SDK does; returns its pieceJointeId. */
  async ajouterPdf(octets: Buffer, nom: string): Promise<number> {
    const fichier = await this.ok(CHEMINS_CPRO.ajouterFichier, {
      pieceJointeFichier: octets.toString('base64'),
      pieceJointeNom: nom,
      pieceJointeTypeMime: 'application/pdf',
      pieceJointeExtension: 'PDF',
    });

    return fichier.pieceJointeId;
  }

  /** Calls and expects codeRetour 0 with HTTP 200; returns the body. */
  async ok(chemin: string, corps: unknown = {}) {
    const res = await this.appeler(chemin, corps);
    expect(res.statusCode, `${chemin} → ${res.body}`).toBe(200);
    const body = res.json();
    expect(body.codeRetour, res.body).toBe(0);

    return body;
  }
}
