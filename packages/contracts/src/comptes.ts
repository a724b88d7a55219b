import { normaliserEmail, validerEmail, verifierMotDePasse } from '@choral/domain/comptes';

export { LONGUEUR_MINIMALE_MOT_DE_PASSE } from '@choral/domain/comptes';
export { LIBELLES_ESPACE } from '@choral/domain/structures';

import { ESPACES } from '@choral/domain/structures';

import { z } from 'zod';

// Accounts, sessions and "Mon compte". The login e-mail never changes once the account exists.

export const EmailSchema = z
  .string()
  .trim()
  .max(254, 'Adresse électronique trop longue.')
  .superRefine((value, ctx) => {
    const result = validerEmail(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  })
  .transform(normaliserEmail);

const NomSchema = z.string().trim().min(1, 'Champ obligatoire.').max(100, '100 caractères au plus.');
const TelephoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{6,20}$/, 'Numéro de téléphone invalide.')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const CreerCompteBodySchema = z.object({
  email: EmailSchema,
  emailContact: EmailSchema.optional().or(z.literal('').transform(() => undefined)),
  nom: NomSchema,
  prenom: NomSchema,
  telephone: TelephoneSchema,
});
export type CreerCompteBody = z.input<typeof CreerCompteBodySchema>;

/** Answer to requests that must not reveal whether an address has an account. */
export const AccuseReceptionSchema = z.object({ message: z.string() });
export type AccuseReception = z.infer<typeof AccuseReceptionSchema>;

/** A new password, checked against the policy; `email` is the account's login (for the policy). */
export function nouveauMotDePasseSchema(emailConnu?: string) {
  return z.string().superRefine((value, ctx) => {
    for (const message of verifierMotDePasse(value, { email: emailConnu ?? '' })) {
      ctx.addIssue({ code: 'custom', message });
    }
  });
}

export const DefinirMotDePasseBodySchema = z.object({
  jeton: z.string().min(10).max(200),
  motDePasse: z.string().min(1, 'Champ obligatoire.').max(200),
});
export type DefinirMotDePasseBody = z.infer<typeof DefinirMotDePasseBodySchema>;

export const DemandeLienBodySchema = z.object({ email: EmailSchema });
export type DemandeLienBody = z.input<typeof DemandeLienBodySchema>;

export const ConnexionBodySchema = z.object({
  email: z.string().trim().min(1, 'Champ obligatoire.').max(254),
  motDePasse: z.string().min(1, 'Champ obligatoire.').max(200),
});
export type ConnexionBody = z.infer<typeof ConnexionBodySchema>;

export const RoleSchema = z.enum(['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR']);
export type Role = z.infer<typeof RoleSchema>;

/** An espace a rattachement may be habilitated for (Factures émises, Factures reçues…). */
export const EspaceSchema = z.enum(ESPACES);
export type Espace = z.infer<typeof EspaceSchema>;
export const EspacesDemandesSchema = z.array(EspaceSchema).max(ESPACES.length).default([]);

export const MonRattachementSchema = z.object({
  structureId: z.number().int(),
  identifiant: z.string(),
  raisonSociale: z.string(),
  type: z.enum(['PRIVEE', 'PUBLIQUE']),
  role: RoleSchema,
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
  /** The espaces that exist on the structure (Factures reçues only on a public one…). */
  espacesStructure: z.array(EspaceSchema),
  /** Espaces he may act in there (a gestionnaire: all of the structure's); navigation follows them. */
  espaces: z.array(EspaceSchema),
  /** Espaces of the structure he does not hold yet and may ask for (none while a request waits). */
  espacesDemandables: z.array(EspaceSchema),
});
export type MonRattachement = z.infer<typeof MonRattachementSchema>;

export const UtilisateurCourantSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  emailContact: z.string(),
  nom: z.string(),
  prenom: z.string(),
  telephone: z.string().nullable(),
  notificationsFacturation: z.boolean(),
  resumeHebdomadaire: z.boolean(),
  /** Recipients: received invoices in one e-mail a day instead of one e-mail each. */
  resumeQuotidien: z.boolean(),
  rattachements: z.array(MonRattachementSchema),
  approbationsEnAttente: z.number().int(),
});
export type UtilisateurCourant = z.infer<typeof UtilisateurCourantSchema>;

/** The current session: the user, and the token to send back in `X-CSRF-Token` on every change. */
export const SessionResponseSchema = z.object({
  utilisateur: UtilisateurCourantSchema,
  jetonCsrf: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const ModifierMonCompteBodySchema = z.object({
  nom: NomSchema,
  prenom: NomSchema,
  telephone: TelephoneSchema,
  emailContact: EmailSchema,
  notificationsFacturation: z.boolean(),
  resumeHebdomadaire: z.boolean(),
  resumeQuotidien: z.boolean().optional(),
});
export type ModifierMonCompteBody = z.input<typeof ModifierMonCompteBodySchema>;

export const ChangerMotDePasseBodySchema = z.object({
  ancienMotDePasse: z.string().min(1, 'Champ obligatoire.').max(200),
  nouveauMotDePasse: z.string().min(1, 'Champ obligatoire.').max(200),
});
export type ChangerMotDePasseBody = z.infer<typeof ChangerMotDePasseBodySchema>;

export const EtatDemandeSchema = z.enum(['EN_ATTENTE', 'APPROUVEE', 'REFUSEE']);
export type EtatDemande = z.infer<typeof EtatDemandeSchema>;

/** A rattachement request, or a later request for more espaces on an existing rattachement. */
export const ObjetDemandeSchema = z.enum(['RATTACHEMENT', 'HABILITATION']);

export const MaDemandeSchema = z.object({
  id: z.number().int(),
  objet: ObjetDemandeSchema,
  structureId: z.number().int(),
  raisonSociale: z.string(),
  identifiant: z.string(),
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
  espaces: z.array(EspaceSchema),
  etat: EtatDemandeSchema,
  commentaire: z.string().nullable(),
  commentaireDecision: z.string().nullable(),
  demandeLe: z.iso.datetime(),
  decideLe: z.iso.datetime().nullable(),
});
export type MaDemande = z.infer<typeof MaDemandeSchema>;

export const MesDemandesResponseSchema = z.object({ demandes: z.array(MaDemandeSchema) });

/** A pending invitation to join a structure, as its addressee sees it (accept or decline). */
export const MonInvitationSchema = z.object({
  id: z.number().int(),
  structure: z.object({ id: z.number().int(), raisonSociale: z.string() }),
  role: z.enum(['GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR']),
  services: z.array(z.object({ id: z.number().int(), code: z.string(), libelle: z.string() })),
  espaces: z.array(EspaceSchema),
  /** Who invited, as "Prénom Nom"; null if that account is gone. */
  invitePar: z.string().nullable(),
  expireLe: z.iso.datetime(),
});
export type MonInvitation = z.infer<typeof MonInvitationSchema>;

export const MesInvitationsResponseSchema = z.object({ invitations: z.array(MonInvitationSchema) });
