import { DUREE_JETON_API_SECONDES } from '@choral/contracts';
import type { AppContext } from '../app-context.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { digestToken, newToken } from '../auth/secrets.ts';

export type ResultatJeton =
  | { ok: true; jeton: string }
  | { ok: false; status: 400 | 401; erreur: string; description: string };

/**
 * OAuth2 client credentials (RFC 6749 §4.4), as PISTE: an opaque token valid one hour, of
 * which only the HMAC is stored.
 */
export async function delivrerJeton(
  ctx: AppContext,
  demande: { grant_type: string; client_id: string; client_secret: string },
): Promise<ResultatJeton> {
  if (demande.grant_type !== 'client_credentials') {
    return {
      ok: false,
      status: 400,
      erreur: 'unsupported_grant_type',
      description: 'Seul grant_type=client_credentials est accepté.',
    };
  }
  const application = await ctx.db.applicationApi.findUnique({ where: { clientId: demande.client_id } });
  // argon2 like passwords: clients ask for a token once an hour, so its cost does not matter here.
  if (!(await verifyPassword(application?.secretHash, demande.client_secret))) {
    return {
      ok: false,
      status: 401,
      erreur: 'invalid_client',
      description: 'client_id ou client_secret invalide.',
    };
  }
  const jeton = newToken();
  await ctx.db.jetonApi.create({
    data: {
      id: digestToken(jeton, ctx.config.sessionSecret),
      applicationId: (application as NonNullable<typeof application>).id,
      expireLe: new Date(Date.now() + DUREE_JETON_API_SECONDES * 1000),
    },
  });

  return { ok: true, jeton };
}
