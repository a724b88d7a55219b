import type { Db, Prisma } from '@choral/db';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import {
  type Espace,
  LIBELLES_ESPACE,
  type PermissionStructure,
  peutAgirDansEspace,
  REFUS_DE_DROIT,
  type RefusStructure,
  type RoleStructure,
  type TitulaireHabilitations,
  verifierPermission,
} from '@choral/domain/structures';

type Client = Db | Prisma.TransactionClient;

export interface RattachementActeur {
  id: number;
  role: RoleStructure;
}

/** A domain refusal as the API answers it: 403 when the caller lacks the power, else 422. */
export function erreurDeRefus(refus: RefusStructure, champ?: string): ErreurMetier {
  return new ErreurMetier(REFUS_DE_DROIT.has(refus.code) ? 'INTERDIT' : 'REGLE_METIER', refus.message, {
    motif: refus.code,
    champs: champ ? [{ champ, message: refus.message }] : [],
  });
}

/** The domain's view of a stored rattachement and the espaces granted to it. */
export function titulaire(r: { role: RoleStructure; espaces: { espace: Espace }[] }): TitulaireHabilitations {
  return { type: 'RATTACHEMENT', role: r.role, espaces: r.espaces.map((e) => e.espace) };
}

/**
 * The caller's rattachement to a structure. Outside his structures the structure does not
 * exist for him: 404, never 403, so that nothing leaks.
 */
export async function exigerRattachement(
  db: Client,
  utilisateurId: number,
  structureId: number,
): Promise<RattachementActeur> {
  const r = await db.rattachement.findUnique({
    where: { utilisateurId_structureId: { utilisateurId, structureId } },
    select: { id: true, role: true },
  });
  if (!r) throw introuvable('Structure introuvable.');

  return r;
}

/** A power of the domain's table (manage the structure, its users…): 403 with its reason otherwise. */
export async function exigerPermission(
  db: Client,
  utilisateurId: number,
  structureId: number,
  permission: PermissionStructure,
): Promise<RattachementActeur> {
  const r = await exigerRattachement(db, utilisateurId, structureId);
  const verdict = verifierPermission(r.role, permission);
  if (!verdict.ok) throw erreurDeRefus(verdict);

  return r;
}

/** 403 telling which habilitation is missing and where to ask for it. */
export function habilitationManquante(espace: Espace): ErreurMetier {
  return new ErreurMetier(
    'INTERDIT',
    `Vous n’avez pas l’habilitation « ${LIBELLES_ESPACE[espace]} » sur cette structure : demandez-la depuis Mon compte, Mes habilitations.`,
    { motif: 'ESPACE_NON_HABILITE' },
  );
}

/** 422: an espace that does not exist on this nature of structure (Factures reçues on a supplier…). */
export function espaceAbsent(): ErreurMetier {
  return new ErreurMetier('REGLE_METIER', 'Un des espaces choisis n’existe pas sur cette structure.', {
    motif: 'ESPACE_INCONNU',
    champs: [{ champ: '/espaces', message: 'Espace absent de cette structure.' }],
  });
}

/**
 * The caller's rattachement when it may act in this espace of the structure, with the services
 * it is limited to (empty: the whole structure). Outside his structures: 404; without the
 * habilitation: 403.
 */
export async function exigerHabilitation(
  db: Client,
  utilisateurId: number,
  structureId: number,
  espace: Espace,
): Promise<RattachementActeur & { serviceIds: number[] }> {
  const r = await db.rattachement.findUnique({
    where: { utilisateurId_structureId: { utilisateurId, structureId } },
    select: {
      id: true,
      role: true,
      espaces: { select: { espace: true } },
      services: { select: { serviceId: true } },
      structure: { select: { type: true } },
    },
  });
  if (!r) throw introuvable('Structure introuvable.');
  if (!peutAgirDansEspace(titulaire(r), r.structure.type, espace)) throw habilitationManquante(espace);

  return { id: r.id, role: r.role, serviceIds: r.services.map((s) => s.serviceId) };
}
