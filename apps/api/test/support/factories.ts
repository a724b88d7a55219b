import { randomBytes } from 'node:crypto';
import type { Db } from '@choral/db';
import { genererSiret } from '@choral/domain/identifiants';
import type { Espace } from '@choral/domain/structures';
import { hashPassword } from '../../src/auth/passwords.ts';

export const MOT_DE_PASSE = 'Un-Mot-De-Passe-Solide-42';

function unique(): string {
  return randomBytes(4).toString('hex');
}

/** An active account with MOT_DE_PASSE, unique e-mail. */
export async function creerUtilisateur(
  db: Db,
  overrides: { email?: string; prenom?: string; nom?: string } = {},
) {
  const email = overrides.email ?? `u-${unique()}@exemple.test`;

  return db.utilisateur.create({
    data: {
      email,
      emailContact: email,
      prenom: overrides.prenom ?? 'Camille',
      nom: overrides.nom ?? `Test-${unique()}`,
      motDePasseHash: await hashPassword(MOT_DE_PASSE),
      actif: true,
    },
  });
}

type Role = 'GESTIONNAIRE_PRINCIPAL' | 'GESTIONNAIRE_SECONDAIRE' | 'UTILISATEUR';

/** A public structure with FACTURES_PUBLIQUES and two services, and its gestionnaire principal. */
export async function creerStructurePublique(
  db: Db,
  gestionnaireId: number,
  overrides: { raisonSociale?: string } = {},
) {
  return db.structure.create({
    data: {
      type: 'PUBLIQUE',
      typeIdentifiant: 'SIRET',
      identifiant: genererSiret(),
      raisonSociale: overrides.raisonSociale ?? `Commune ${unique()}`,
      ville: 'Testville',
      services: {
        create: [
          { code: 'FACTURES_PUBLIQUES', libelle: 'Service des factures publiques' },
          { code: 'VOIRIE', libelle: 'Voirie' },
          { code: 'ECOLES', libelle: 'Écoles' },
        ],
      },
      rattachements: { create: { utilisateurId: gestionnaireId, role: 'GESTIONNAIRE_PRINCIPAL' } },
    },
    include: { services: true },
  });
}

/** A rattachement; a simple user acts only in the `espaces` granted (none by default). */
export async function rattacher(
  db: Db,
  utilisateurId: number,
  structureId: number,
  role: Role = 'UTILISATEUR',
  espaces: Espace[] = [],
) {
  return db.rattachement.create({
    data: { utilisateurId, structureId, role, espaces: { create: espaces.map((espace) => ({ espace })) } },
  });
}

/** Everything a refused action on a structure could have changed, to compare before and after. */
export async function instantaneStructure(db: Db, structureId: number): Promise<string> {
  const [structure, services, rattachements, demandes] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: structureId } }),
    db.service.findMany({ where: { structureId }, orderBy: { id: 'asc' } }),
    db.rattachement.findMany({
      where: { structureId },
      include: { services: true, espaces: true },
      orderBy: { id: 'asc' },
    }),
    db.demandeRattachement.findMany({
      where: { structureId },
      include: { espaces: true },
      orderBy: { id: 'asc' },
    }),
  ]);

  return JSON.stringify({ structure, services, rattachements, demandes });
}
