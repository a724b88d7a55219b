import { z } from 'zod';
import { EnveloppeCproSchema, PaginationCproSchema, ParametresRetourSchema } from './enveloppe.ts';

export const RattachementsMonCompteRequeteSchema = z.object({ parametresRecherche: PaginationCproSchema });

const ServiceRattacheSchema = z.object({
  idService: z.number().int(),
  codeService: z.string(),
  libelleService: z.string(),
  estActif: z.boolean(),
  statutService: z.enum(['ACTIF', 'INACTIF']),
  statutRattachementService: z.literal('ACTIF'),
  idRattachementService: z.number().int(),
  dateDbtService: z.string().nullable(),
  dateFinService: z.string().nullable(),
});

export const RattachementsMonCompteReponseSchema = EnveloppeCproSchema.extend({
  listeStructureRattachement: z.array(
    z.object({
      idStructure: z.number().int(),
      identifiantStructure: z.string(),
      typeIdentifiantStructure: z.string(),
      designationStructure: z.string(),
      roleUtilisateur: z.string(),
      statutRattachementStructure: z.literal('ACTIF'),
      statutUtilisateur: z.literal('ACTIF'),
      idRattachementStructure: z.number().int(),
      listeServicesRattache: z.array(ServiceRattacheSchema),
    }),
  ),
  parametresRetour: ParametresRetourSchema,
});
