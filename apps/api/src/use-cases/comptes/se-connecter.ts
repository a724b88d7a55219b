import { normaliserEmail } from '@choral/domain/comptes';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import { digestToken, newToken } from '../../auth/secrets.ts';
import { SESSION_DURATION_MS } from '../../auth/session-cookie.ts';

const ECHECS_AVANT_VERROU = 5;
const DUREE_VERROU_MS = 15 * 60 * 1000;
/** Per client IP, across all addresses: slows password spraying. */
const ECHECS_MAX_PAR_IP = 30;

function heure(date: Date): string {
  return date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
}

/**
 * Checks the credentials and opens a new session (a new id at each login). After 5 wrong
 * passwords within 15 minutes the address is locked for 15 minutes; unknown addresses are
 * locked the same way, so the answer never tells whether an account exists.
 */
export async function seConnecter(
  ctx: AppContext,
  { email, motDePasse, ip }: { email: string; motDePasse: string; ip: string },
): Promise<{ token: string; jetonCsrf: string; utilisateurId: number }> {
  const { db } = ctx;
  const adresse = normaliserEmail(email);
  const depuis = new Date(Date.now() - DUREE_VERROU_MS);
  if ((await db.tentativeConnexion.count({ where: { ip, le: { gt: depuis } } })) >= ECHECS_MAX_PAR_IP) {
    throw new ErreurMetier(
      'TROP_DE_TENTATIVES',
      'Trop de tentatives de connexion depuis votre réseau. Réessayez dans 15 minutes.',
      {
        motif: 'TROP_DE_TENTATIVES',
      },
    );
  }
  const echecs = await db.tentativeConnexion.findMany({
    where: { email: adresse },
    orderBy: { le: 'desc' },
    take: ECHECS_AVANT_VERROU,
  });
  const dernier = echecs[0];
  const premier = echecs[ECHECS_AVANT_VERROU - 1];
  if (dernier && premier && dernier.le.getTime() - premier.le.getTime() <= DUREE_VERROU_MS) {
    const fin = new Date(dernier.le.getTime() + DUREE_VERROU_MS);
    if (fin > new Date()) {
      throw new ErreurMetier(
        'TROP_DE_TENTATIVES',
        `Après ${ECHECS_AVANT_VERROU} mots de passe erronés, la connexion à ce compte est bloquée pendant 15 minutes, jusqu'à ${heure(fin)}. ` +
          'Vous pouvez aussi réinitialiser votre mot de passe.',
        { motif: 'COMPTE_VERROUILLE' },
      );
    }
  }
  const utilisateur = await db.utilisateur.findUnique({ where: { email: adresse } });
  const isValid =
    (await verifyPassword(utilisateur?.motDePasseHash, motDePasse)) && utilisateur?.actif === true;
  if (!utilisateur || !isValid) {
    await db.tentativeConnexion.create({ data: { email: adresse, ip } });
    throw new ErreurMetier('NON_AUTHENTIFIE', 'Adresse électronique ou mot de passe incorrect.', {
      motif: 'IDENTIFIANTS_INVALIDES',
    });
  }
  const token = newToken();
  const jetonCsrf = newToken();
  await db.$transaction([
    db.tentativeConnexion.deleteMany({ where: { email: adresse } }),
    db.session.create({
      data: {
        id: digestToken(token, ctx.config.sessionSecret),
        utilisateurId: utilisateur.id,
        jetonCsrf,
        expireLe: new Date(Date.now() + SESSION_DURATION_MS),
      },
    }),
  ]);

  return { token, jetonCsrf, utilisateurId: utilisateur.id };
}
