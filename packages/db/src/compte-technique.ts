import { type Espace, expirationMotDePasseCompteTechnique } from '@choral/domain/structures';
import type { Prisma } from './generated/prisma/client.ts';

/**
 * A compte technique as stored: an inactive user (never signs in to the portal, receives no mail)
 * with a simple-user rattachement to its structure, its services and its espaces, so that the
 * API acts through the same rights as any member. Shared by the portal's use-case and the seed.
 */
export function donneesCompteTechnique(compte: {
  login: string;
  motDePasseHash: string;
  structureId: number;
  serviceIds: number[];
  espaces: Espace[];
}): Prisma.CompteTechniqueCreateInput {
  return {
    login: compte.login,
    motDePasseHash: compte.motDePasseHash,
    motDePasseExpireLe: expirationMotDePasseCompteTechnique(new Date()),
    structure: { connect: { id: compte.structureId } },
    utilisateur: {
      create: {
        email: compte.login,
        emailContact: compte.login,
        nom: 'Compte technique',
        prenom: 'API',
        actif: false,
        notificationsFacturation: false,
        rattachements: {
          create: {
            structureId: compte.structureId,
            role: 'UTILISATEUR',
            services: { create: compte.serviceIds.map((serviceId) => ({ serviceId })) },
            espaces: { create: compte.espaces.map((espace) => ({ espace })) },
          },
        },
      },
    },
  };
}
