import type { Structure } from '@choral/contracts';
import { ErreurMetier } from '@choral/domain/erreurs';
import type { AppContext } from '../../app-context.ts';
import { presenterStructure } from '../../presenters/structure.ts';

export interface CreerStructureInput {
  typeIdentifiant: 'SIRET' | 'UE_HORS_FRANCE' | 'HORS_UE' | 'RIDET' | 'TAHITI' | 'PARTICULIER' | 'AUTRE';
  identifiant: string;
  raisonSociale: string;
  numeroTva?: string | undefined;
  adresse: string;
  codePostal: string;
  ville: string;
  pays: string;
}

function dejaExistante(): ErreurMetier {
  return new ErreurMetier(
    'CONFLIT',
    'Une structure existe déjà avec cet identifiant : demandez votre rattachement à celle-ci.',
    {
      motif: 'STRUCTURE_EXISTANTE',
      champs: [{ champ: '/identifiant', message: 'Identifiant déjà utilisé par une structure.' }],
    },
  );
}

/** Creates a private (supplier) structure; its creator becomes its gestionnaire principal. */
export async function creerStructure(
  ctx: AppContext,
  utilisateurId: number,
  input: CreerStructureInput,
): Promise<Structure> {
  const { db } = ctx;
  const existante = await db.structure.findUnique({
    where: {
      typeIdentifiant_identifiant: { typeIdentifiant: input.typeIdentifiant, identifiant: input.identifiant },
    },
  });
  if (existante) throw dejaExistante();
  try {
    const structure = await db.structure.create({
      data: {
        ...input,
        numeroTva: input.numeroTva ?? null,
        type: 'PRIVEE',
        rattachements: { create: { utilisateurId, role: 'GESTIONNAIRE_PRINCIPAL' } },
      },
      include: { services: true, rattachements: true },
    });
    const acteur = structure.rattachements[0] as { id: number; role: 'GESTIONNAIRE_PRINCIPAL' };

    return presenterStructure(structure, acteur);
  } catch (error) {
    // Two creations of the same identifier at once: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') throw dejaExistante();
    throw error;
  }
}
