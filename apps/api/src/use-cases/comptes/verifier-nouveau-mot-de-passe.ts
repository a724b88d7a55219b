import { verifierMotDePasse } from '@choral/domain/comptes';
import { ErreurMetier } from '@choral/domain/erreurs';

/** Refuses a new password that breaks the policy, pointing at the form field. */
export function verifierNouveauMotDePasse(motDePasse: string, email: string, champ: string): void {
  const problemes = verifierMotDePasse(motDePasse, { email });
  if (problemes.length > 0) {
    throw new ErreurMetier('REGLE_METIER', 'Ce mot de passe ne respecte pas les règles.', {
      motif: 'MOT_DE_PASSE_FAIBLE',
      champs: problemes.map((message) => ({ champ, message })),
    });
  }
}
