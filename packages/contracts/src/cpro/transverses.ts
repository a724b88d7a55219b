import { z } from 'zod';
import { EnveloppeCproSchema, PaginationCproSchema, ParametresRetourSchema } from './enveloppe.ts';

export const StructuresActivesReponseSchema = EnveloppeCproSchema.extend({
  listeStructures: z.array(
    z.object({ idStructureCPP: z.number().int(), identifiant: z.string(), designationStructure: z.string() }),
  ),
});

export const AjouterFichierRequeteSchema = z.object({
  pieceJointeFichier: z.string().min(1),
  pieceJointeNom: z.string().trim().min(1).max(200),
  pieceJointeTypeMime: z.string().nullish(),
  pieceJointeExtension: z.string().nullish(),
});
export const AjouterFichierReponseSchema = EnveloppeCproSchema.extend({ pieceJointeId: z.number().int() });

export const RechercherDestinataireRequeteSchema = z.object({
  identifiant: z.string().trim().nullish(),
  nomVilleCodePostal: z.string().trim().nullish(),
  parametresRecherche: PaginationCproSchema,
});
export const RechercherDestinataireReponseSchema = EnveloppeCproSchema.extend({
  listeDestinataires: z.array(
    z.object({
      idStructureCPP: z.number().int(),
      siret: z.string(),
      nomDestinataire: z.string(),
      adresseCodePostal: z.string().nullable(),
      adresseVille: z.string().nullable(),
    }),
  ),
  parametresRetour: ParametresRetourSchema,
});
