import type { AppContext } from '../../app-context.ts';
import { creerJeton } from '../../auth/jetons-compte.ts';
import { courrielActivation, courrielCompteExistant } from '../../mail/modeles.ts';
import { mettreEnFile } from '../../mail/outbox.ts';

export interface CreerCompteInput {
  email: string;
  emailContact?: string | undefined;
  nom: string;
  prenom: string;
  telephone?: string | undefined;
}

/**
 * "Créer un compte". The answer is the same whether the address is new or not: an existing
 * account gets a warning e-mail instead (or a new activation link while still inactive). The
 * activation link goes to the login address, which it thereby verifies.
 */
export async function creerCompte(ctx: AppContext, input: CreerCompteInput): Promise<void> {
  const { db, config } = ctx;
  await db.$transaction(async (tx) => {
    const existant = await tx.utilisateur.findUnique({ where: { email: input.email } });
    if (existant?.actif) {
      await mettreEnFile(
        tx,
        courrielCompteExistant(
          existant.emailContact,
          `${config.publicUrl}/connexion`,
          `${config.publicUrl}/mot-de-passe-oublie`,
        ),
      );

      return;
    }
    // A never-activated account belongs to nobody yet: the newest sign-up's details replace the
    // older ones, and whoever activates it proves he holds the login address.
    const identite = {
      emailContact: input.emailContact ?? input.email,
      nom: input.nom,
      prenom: input.prenom,
      telephone: input.telephone ?? null,
    };
    const utilisateur = existant
      ? await tx.utilisateur.update({ where: { id: existant.id }, data: identite })
      : await tx.utilisateur.create({ data: { email: input.email, ...identite } });
    const jeton = await creerJeton(tx, config.sessionSecret, utilisateur.id, 'ACTIVATION');
    await mettreEnFile(
      tx,
      courrielActivation(
        // The login address itself: a link sent elsewhere would let anyone claim that address.
        utilisateur.email,
        utilisateur.prenom,
        `${config.publicUrl}/activation?jeton=${jeton}`,
      ),
    );
  });
  ctx.mailer.wake();
}
