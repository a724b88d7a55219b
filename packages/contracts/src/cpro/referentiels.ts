import { z } from 'zod';
import { IdTexteSchema } from '../identifiants.ts';

/** Referentials answer `{codeRetour, libelle, <liste>: [...]}`; their list name is per path (§7.4). */
export const ReferentielRequeteSchema = z
  .object({
    codeLangue: z.string().trim().toUpperCase().nullish(),
    statutCourant: z.string().trim().nullish(),
    typeDemandePaiement: z.string().trim().nullish(),
    typeObjet: z.string().trim().nullish(),
    idStructure: IdTexteSchema.nullish(),
  })
  .prefault({});
export type ReferentielRequete = z.output<typeof ReferentielRequeteSchema>;

export const ReferentielReponseSchema = z.looseObject({ codeRetour: z.number().int(), libelle: z.string() });
