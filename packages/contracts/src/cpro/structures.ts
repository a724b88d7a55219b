import { z } from 'zod';
import { EnveloppeCproSchema, IdCpro, PaginationCproSchema, ParametresRetourSchema } from './enveloppe.ts';

export const RechercherStructuresRequeteSchema = z.object({
  structure: z
    .object({
      identifiantStructure: z.string().trim().nullish(),
      typeIdentifiantStructure: z.string().trim().nullish(),
      raisonSocialeStructure: z.string().trim().nullish(),
      libelleStructure: z.string().trim().nullish(),
      adresseCodePostal: z.string().trim().nullish(),
      adresseVille: z.string().trim().nullish(),
      typeStructure: z.enum(['PUBLIQUE', 'PRIVEE']).nullish(),
      statutStructure: z.enum(['ACTIF', 'INACTIF']).nullish(),
    })
    .prefault({}),
  restreindreStructuresPrivees: z.boolean().nullish(),
  parametres: PaginationCproSchema,
});
export const RechercherStructuresReponseSchema = EnveloppeCproSchema.extend({
  total: z.number().int(),
  listeStructures: z.array(
    z.object({
      idStructureCPP: z.number().int(),
      identifiantStructure: z.string(),
      designationStructure: z.string(),
      typeIdentifiantStructure: z.string(),
      statut: z.enum(['ACTIF', 'INACTIF']),
    }),
  ),
  parametresRetour: ParametresRetourSchema,
});

/** `codeLangue` is accepted in any case (`FR`, `fr`). */
export const ConsulterStructureRequeteSchema = z.object({
  idStructureCPP: IdCpro,
  codeLangue: z.string().trim().toUpperCase().nullish(),
});
export const ConsulterStructureReponseSchema = EnveloppeCproSchema.extend({
  idStructureCPP: z.number().int(),
  informationGenerales: z.object({
    identifiantStructure: z.string(),
    typeIdentifiantStructure: z.string(),
    raisonSociale: z.string(),
    numeroTva: z.string().nullable(),
    typeStructure: z.string(),
    statutStructure: z.enum(['ACTIF', 'INACTIF']),
  }),
  adressePostaleDuSiege: z.object({
    ligneAdresse1: z.string().nullable(),
    codePostal: z.string().nullable(),
    ville: z.string().nullable(),
    pays: z.string(),
  }),
  parametres: z.object({
    codeServiceDoitEtreRenseigne: z.boolean(),
    numeroEJDoitEtreRenseigne: z.boolean(),
    gestionNumeroEJOuCodeService: z.boolean(),
    statutMiseEnPaiementNestPasRemonte: z.boolean(),
  }),
});

export const RechercherServicesRequeteSchema = z.object({
  idStructure: IdCpro,
  parametresRechercherServicesStructure: PaginationCproSchema,
});
export const RechercherServicesReponseSchema = EnveloppeCproSchema.extend({
  listeServices: z.array(
    z.object({
      idService: z.number().int(),
      codeService: z.string(),
      libelleService: z.string(),
      estActif: z.boolean(),
      dateDbtService: z.string().nullable(),
      dateFinService: z.string().nullable(),
    }),
  ),
  parametresRetour: ParametresRetourSchema,
});

export const ConsulterServiceRequeteSchema = z.object({ idStructure: IdCpro, idService: IdCpro });
export const ConsulterServiceReponseSchema = EnveloppeCproSchema.extend({
  informationsGenerales: z.object({
    codeService: z.string(),
    nomService: z.string(),
    descriptionService: z.string().nullable(),
  }),
  parametres: z.object({
    numeroEngagement: z.boolean(),
    estActif: z.boolean(),
    dateDebutService: z.string().nullable(),
    dateFinService: z.string().nullable(),
  }),
});
