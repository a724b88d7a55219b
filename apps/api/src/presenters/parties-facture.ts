import { StructureSchema } from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { z } from 'zod';

const SELECTION_PARTIE = {
  typeIdentifiant: true,
  identifiant: true,
  raisonSociale: true,
  numeroTva: true,
  adresse: true,
  codePostal: true,
  ville: true,
  pays: true,
} as const satisfies Prisma.StructureSelect;

/** A structure's identity on an invoice. */
const PartieSchema = StructureSchema.pick(SELECTION_PARTIE);

/** The `parties` column: supplier, recipient and service as they were at deposit. */
const PartiesFactureSchema = z.object({
  fournisseur: PartieSchema,
  destinataire: PartieSchema,
  service: z.object({ code: z.string(), libelle: z.string() }).nullable(),
});
export type PartiesFacture = z.infer<typeof PartiesFactureSchema>;

/**
 * The parties as they are now, to be written into the invoice in the transaction that deposits
 * (or recycles) it: later renamings and moves of the structures no longer change it.
 */
export async function partiesActuelles(
  tx: Prisma.TransactionClient,
  ids: { fournisseurId: number; destinataireId: number; serviceId: number | null },
): Promise<PartiesFacture> {
  const [fournisseur, destinataire, service] = await Promise.all([
    tx.structure.findUniqueOrThrow({ where: { id: ids.fournisseurId }, select: SELECTION_PARTIE }),
    tx.structure.findUniqueOrThrow({ where: { id: ids.destinataireId }, select: SELECTION_PARTIE }),
    ids.serviceId === null
      ? null
      : tx.service.findUniqueOrThrow({ where: { id: ids.serviceId }, select: { code: true, libelle: true } }),
  ]);

  return { fournisseur, destinataire, service };
}

type Partie = PartiesFacture['fournisseur'];

function partie(s: Partie): Partie {
  return Object.fromEntries(
    Object.keys(SELECTION_PARTIE).map((cle) => [cle, s[cle as keyof Partie]]),
  ) as Partie;
}

/**
 * The same snapshot from the structures loaded with the invoice: a deposit reads them with it a
 * moment before its transaction, and need not read them again.
 */
export function partiesChargees(f: {
  fournisseur: Partie;
  destinataire: Partie;
  service: { code: string; libelle: string } | null;
}): PartiesFacture {
  return {
    fournisseur: partie(f.fournisseur),
    destinataire: partie(f.destinataire),
    service: f.service && { code: f.service.code, libelle: f.service.libelle },
  };
}

interface PartiesVivantes {
  parties: Prisma.JsonValue | null;
  fournisseur: { identifiant: string; raisonSociale: string };
  destinataire: { identifiant: string; raisonSociale: string } | null;
  service: { code: string; libelle: string } | null;
}

/** The snapshot written at deposit, null for a draft. */
export function partiesDeposees(parties: Prisma.JsonValue | null): PartiesFacture | null {
  return parties === null ? null : PartiesFactureSchema.parse(parties);
}

/** What an invoice shows of its parties: the deposit's snapshot, or the live structures of a draft. */
export function partiesAffichees(
  f: PartiesVivantes,
): Pick<PartiesVivantes, 'fournisseur' | 'destinataire' | 'service'> {
  return partiesDeposees(f.parties) ?? f;
}

/** Relations and column `partiesAffichees` reads, for `select`. */
export const SELECTION_PARTIES = {
  parties: true,
  fournisseur: { select: { identifiant: true, raisonSociale: true } },
  destinataire: { select: { identifiant: true, raisonSociale: true } },
  service: { select: { code: true, libelle: true } },
} satisfies Prisma.FactureSelect;
