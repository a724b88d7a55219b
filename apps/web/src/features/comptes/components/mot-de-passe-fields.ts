import { nouveauMotDePasseSchema } from '@choral/contracts';
import { z } from 'zod';

/** A new password (checked against the policy as the user types) and its confirmation. */
export function nouveauMotDePasseAvecConfirmation(email?: string) {
  return z.object({ motDePasse: nouveauMotDePasseSchema(email), confirmation: z.string() });
}

export function verifierConfirmation(values: { motDePasse: string; confirmation: string }) {
  if (values.confirmation === '') return { confirmation: 'Saisissez à nouveau le mot de passe.' };
  if (values.confirmation !== values.motDePasse) {
    return { confirmation: 'Les deux mots de passe ne sont pas identiques.' };
  }
  return {};
}
