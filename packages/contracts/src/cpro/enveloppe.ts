import { z } from 'zod';
import { IdTexteSchema } from '../identifiants.ts';

/** Success libellés of Chorus Pro: GCU for invoices and the annuaire, TRA for transverses. */
export const LIBELLE_SUCCES_FACTURES = 'GCU_MSG_01_000';
export const LIBELLE_SUCCES_TRANSVERSES = 'TRA_MSG_00.000';

/**
 * Functional error codes (`codeRetour`). 20000 and 20003 are Chorus Pro's; the 209xx are
 * Choral's own, documented in docs/connecteur-erp.md. "No result" answers HTTP 200, the others 400
 * (404 for an unknown or out-of-scope object, never revealing it exists).
 */
export const CODES_RETOUR_CPRO = {
  SUCCES: { codeRetour: 0, libelle: LIBELLE_SUCCES_FACTURES },
  AUCUN_RESULTAT: { codeRetour: 20000, libelle: 'TRA_MSG_00.015' },
  PIECE_JOINTE_TROP_VOLUMINEUSE: { codeRetour: 20003, libelle: 'TRA_MSG_00.003' },
  REQUETE_INVALIDE: { codeRetour: 20901, libelle: 'CHO_MSG_01.001' },
  INTROUVABLE: { codeRetour: 20902, libelle: 'CHO_MSG_01.002' },
  REGLE_METIER: { codeRetour: 20903, libelle: 'CHO_MSG_01.003' },
  CONFLIT: { codeRetour: 20904, libelle: 'CHO_MSG_01.004' },
  INTERDIT: { codeRetour: 20905, libelle: 'CHO_MSG_01.005' },
  TYPE_FICHIER_REFUSE: { codeRetour: 20906, libelle: 'CHO_MSG_01.006' },
  INDISPONIBLE: { codeRetour: 20907, libelle: 'CHO_MSG_01.007' },
} as const;
export type CodeRetourCpro = keyof typeof CODES_RETOUR_CPRO;

/** Every answer carries `codeRetour` (0 = success) and `libelle` (a message code). */
export const EnveloppeCproSchema = z.object({ codeRetour: z.number().int(), libelle: z.string() });

/** A functional error: the envelope plus Choral's French explanation and the fields concerned. */
export const ErreurCproSchema = EnveloppeCproSchema.extend({
  message: z.string(),
  champs: z.array(z.object({ champ: z.string(), message: z.string() })).optional(),
});
export type ErreurCpro = z.infer<typeof ErreurCproSchema>;

/** Gateway refusals (401 bad token, 403 bad cpro-account): short, like PISTE's. */
export const RefusPasserelleSchema = z.object({ error: z.string(), error_description: z.string() });

/** Request paging object, whatever its container name (§7.3). */
export const PaginationCproSchema = z
  .object({
    nbResultatsParPage: z.coerce.number().int().min(1).max(500).optional(),
    pageResultatDemandee: z.coerce.number().int().min(1).optional(),
    triColonne: z.string().optional(),
    triSens: z.enum(['Ascendant', 'Descendant']).optional(),
  })
  .optional();
export type PaginationCpro = z.infer<typeof PaginationCproSchema>;

export const ParametresRetourSchema = z.object({
  pageCourante: z.number().int(),
  pages: z.number().int(),
  nbResultatsParPage: z.number().int(),
  total: z.number().int(),
});
export type ParametresRetour = z.infer<typeof ParametresRetourSchema>;

/** `idUtilisateurCourant` is sent by many clients (often 0) and ignored: identity is cpro-account. */
export const IdCpro = IdTexteSchema;
