import { validerIdentifiantStructure } from '@choral/domain/identifiants';
import { z } from 'zod';
import { EmailSchema, EspaceSchema, RoleSchema } from './comptes.ts';
import { IdSchema, IdTexteSchema } from './identifiants.ts';

export { LIBELLES_TYPE_IDENTIFIANT } from '@choral/domain/identifiants';

export const TypeIdentifiantSchema = z.enum([
  'SIRET',
  'UE_HORS_FRANCE',
  'HORS_UE',
  'RIDET',
  'TAHITI',
  'PARTICULIER',
  'AUTRE',
]);
export type TypeIdentifiant = z.infer<typeof TypeIdentifiantSchema>;
export const TypeStructureSchema = z.enum(['PRIVEE', 'PUBLIQUE']);

const Texte = (max: number) =>
  z.string().trim().min(1, 'Champ obligatoire.').max(max, `${max} caractères au plus.`);
const TexteOptionnel = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus.`)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

/** The identifier field alone, checked for its type: forms validate it as the user types. */
export function identifiantStructureSchema(type: TypeIdentifiant) {
  return z
    .string()
    .trim()
    .min(1, 'Champ obligatoire.')
    .max(35, '35 caractères au plus.')
    .superRefine((value, ctx) => {
      const result = validerIdentifiantStructure(type, value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
    });
}

/** Creation of a private (supplier) structure; the identifier is checked for its type. */
export const CreerStructureBodySchema = z
  .object({
    typeIdentifiant: TypeIdentifiantSchema,
    identifiant: Texte(35),
    raisonSociale: Texte(200),
    numeroTva: TexteOptionnel(20),
    adresse: Texte(200),
    codePostal: Texte(10),
    ville: Texte(100),
    pays: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}$/, 'Code pays ISO à deux lettres.')
      .default('FR'),
  })
  .transform((value, ctx) => {
    const result = validerIdentifiantStructure(value.typeIdentifiant, value.identifiant);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', path: ['identifiant'], message: result.message });

      return z.NEVER;
    }

    return { ...value, identifiant: result.valeur };
  });
export type CreerStructureBody = z.input<typeof CreerStructureBodySchema>;

export const ModifierStructureBodySchema = z.object({
  raisonSociale: Texte(200),
  numeroTva: TexteOptionnel(20),
  adresse: Texte(200),
  codePostal: Texte(10),
  ville: Texte(100),
});
export type ModifierStructureBody = z.input<typeof ModifierStructureBodySchema>;

export const ParametresStructureSchema = z.object({
  codeServiceDoitEtreRenseigne: z.boolean(),
  numeroEJDoitEtreRenseigne: z.boolean(),
  gestionNumeroEJOuCodeService: z.boolean(),
  statutMiseEnPaiementNestPasRemonte: z.boolean(),
});
export type ParametresStructure = z.infer<typeof ParametresStructureSchema>;

const DateJour = z.iso.date('Date au format AAAA-MM-JJ.');

export const ServiceSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  libelle: z.string(),
  description: z.string().nullable(),
  actif: z.boolean(),
  dateDebutValidite: DateJour.nullable(),
  dateFinValidite: DateJour.nullable(),
  engagementObligatoire: z.boolean(),
  /** FACTURES_PUBLIQUES: its code and active state cannot change. */
  reserve: z.boolean(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const ServiceBodySchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(
        /^[A-Z0-9_-]{1,100}$/,
        'Lettres majuscules, chiffres, tirets et soulignés, 100 caractères au plus.',
      ),
    libelle: Texte(200),
    description: TexteOptionnel(500),
    actif: z.boolean().default(true),
    dateDebutValidite: DateJour.optional().nullable(),
    dateFinValidite: DateJour.optional().nullable(),
    engagementObligatoire: z.boolean().default(false),
  })
  .refine((s) => !s.dateDebutValidite || !s.dateFinValidite || s.dateDebutValidite <= s.dateFinValidite, {
    path: ['dateFinValidite'],
    message: 'La fin de validité doit suivre le début.',
  });
export type ServiceBody = z.input<typeof ServiceBodySchema>;

/** What the caller may do on a structure: the web app shows actions from this, never re-derives rights. */
export const ActionsStructureSchema = z.object({
  modifier: z.boolean(),
  activer: z.boolean(),
  gererServices: z.boolean(),
  gererUtilisateurs: z.boolean(),
  nommerGestionnaires: z.boolean(),
  transfererPrincipal: z.boolean(),
  /** Raccordement en mode API (application, comptes techniques): the gestionnaire principal. */
  gererRaccordementsApi: z.boolean(),
});

export const StructureSchema = z.object({
  id: z.number().int(),
  type: TypeStructureSchema,
  typeIdentifiant: TypeIdentifiantSchema,
  identifiant: z.string(),
  raisonSociale: z.string(),
  numeroTva: z.string().nullable(),
  adresse: z.string().nullable(),
  codePostal: z.string().nullable(),
  ville: z.string().nullable(),
  pays: z.string(),
  active: z.boolean(),
  parametres: ParametresStructureSchema,
  services: z.array(ServiceSchema),
  /** The espaces that exist on this structure (its members are habilitated for some of them). */
  espaces: z.array(EspaceSchema),
  monRole: RoleSchema,
  actions: ActionsStructureSchema,
});
export type Structure = z.infer<typeof StructureSchema>;

export const ActivationBodySchema = z.object({ active: z.boolean() });

/** Search to ask for a rattachement: public and private structures by identifier or name. */
export const RechercheStructuresQuerySchema = z.object({
  q: z.string().trim().min(2, 'Saisissez au moins 2 caractères.').max(100),
});
export const StructureTrouveeSchema = z.object({
  id: z.number().int(),
  type: TypeStructureSchema,
  typeIdentifiant: TypeIdentifiantSchema,
  identifiant: z.string(),
  raisonSociale: z.string(),
  ville: z.string().nullable(),
  active: z.boolean(),
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
  /** The espaces one may ask for with the rattachement. */
  espaces: z.array(EspaceSchema),
});
export type StructureTrouvee = z.infer<typeof StructureTrouveeSchema>;
export const RechercheStructuresResponseSchema = z.object({ structures: z.array(StructureTrouveeSchema) });

/** Annuaire of public structures, used by the deposit form. */
export const AnnuaireQuerySchema = z.object({ q: z.string().trim().max(100).default('') });
export const EntreeAnnuaireSchema = z.object({
  id: z.number().int(),
  identifiant: z.string(),
  raisonSociale: z.string(),
  ville: z.string().nullable(),
  active: z.boolean(),
  parametres: ParametresStructureSchema,
  services: z.array(ServiceSchema),
});
export type EntreeAnnuaire = z.infer<typeof EntreeAnnuaireSchema>;
export const AnnuaireResponseSchema = z.object({ structures: z.array(EntreeAnnuaireSchema) });

export const MembreSchema = z.object({
  utilisateurId: z.number().int(),
  email: z.string(),
  nom: z.string(),
  prenom: z.string(),
  role: RoleSchema,
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
  /** Espaces granted to him (a gestionnaire holds them all whatever is listed here). */
  espaces: z.array(EspaceSchema),
  /** What the caller may do to this member (the principal is changed only by a transfer). */
  actions: z.object({ modifier: z.boolean(), detacher: z.boolean() }),
});
export type Membre = z.infer<typeof MembreSchema>;
export const MembresResponseSchema = z.object({ membres: z.array(MembreSchema) });

export const RattacherUtilisateurBodySchema = z.object({
  email: EmailSchema,
  role: z.enum(['GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR']).default('UTILISATEUR'),
  serviceIds: z.array(IdSchema).max(100).default([]),
  /** The espaces the rattachement will grant once accepted. */
  espaces: z.array(EspaceSchema).max(20).default([]),
});
export type RattacherUtilisateurBody = z.input<typeof RattacherUtilisateurBodySchema>;

export const ModifierMembreBodySchema = z.object({
  role: z.enum(['GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR']),
  serviceIds: z.array(IdSchema).max(100).default([]),
  /** The espaces he is habilitated for; absent: unchanged. */
  espaces: z.array(EspaceSchema).max(20).optional(),
});
export type ModifierMembreBody = z.input<typeof ModifierMembreBodySchema>;

export const TransfererPrincipalBodySchema = z.object({ utilisateurId: IdSchema });

export const IdParamsSchema = z.object({ id: IdTexteSchema });
export const MembreParamsSchema = z.object({
  id: IdTexteSchema,
  utilisateurId: IdTexteSchema,
});
export const ServiceParamsSchema = z.object({
  id: IdTexteSchema,
  serviceId: IdTexteSchema,
});
