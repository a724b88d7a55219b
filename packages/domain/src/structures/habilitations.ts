import type { NatureStructure } from './nature-structure.ts';
import type { RoleStructure } from './roles.ts';

/**
 * The espaces (Chorus Pro's "applications") a rattachement may be habilitated for. Codes are
 * stable (stored, exchanged with the API); labels are the portal's.
 */
export const ESPACES = [
  'FACTURES_EMISES',
  'FACTURES_RECUES',
  'FACTURES_TRAVAUX',
  'FACTURES_A_VALIDER',
  'STRUCTURES',
  'ENGAGEMENTS_JURIDIQUES',
  'RACCORDEMENTS_API',
  'SOLLICITATIONS',
] as const;

export type Espace = (typeof ESPACES)[number];

export const LIBELLES_ESPACE: Readonly<Record<Espace, string>> = {
  FACTURES_EMISES: 'Factures émises',
  FACTURES_RECUES: 'Factures reçues',
  FACTURES_TRAVAUX: 'Factures de travaux',
  FACTURES_A_VALIDER: 'Factures à valider',
  STRUCTURES: 'Structures',
  ENGAGEMENTS_JURIDIQUES: 'Engagements juridiques',
  RACCORDEMENTS_API: 'Raccordements API',
  SOLLICITATIONS: 'Sollicitations',
};

/**
 * Which espaces exist on a structure: only public structures receive invoices. Public
 * structures also issue invoices (to other public entities), so both natures have Factures
 * émises, and may hold a market whose subcontractors' or cotraitants' invoices they validate
 * (titulaire or mandataire), so both have Factures à valider.
 */
const ESPACES_PAR_NATURE: Readonly<Record<NatureStructure, readonly Espace[]>> = {
  PRIVEE: ESPACES.filter((espace) => espace !== 'FACTURES_RECUES'),
  PUBLIQUE: ESPACES,
};

/** The espaces of a structure of this nature, in display order. */
export function espacesDeLaStructure(nature: NatureStructure): readonly Espace[] {
  return ESPACES_PAR_NATURE[nature];
}

/**
 * Who acts in a structure's espaces: a user through his rattachement (his role and the espaces
 * granted to him), or a technical (API) account of the structure, which holds only the espaces
 * granted to it and never a manager's powers.
 */
export type TitulaireHabilitations =
  | { type: 'RATTACHEMENT'; role: RoleStructure; espaces: readonly Espace[] }
  | { type: 'COMPTE_TECHNIQUE'; espaces: readonly Espace[] };

/**
 * The espaces a holder may act in on a structure of this nature. Gestionnaires (principal and
 * secondaire) hold every espace of their structure, since they open them to others; anyone else
 * holds what was granted, limited to the espaces that exist on the structure.
 */
export function espacesDetenus(
  titulaire: TitulaireHabilitations | undefined,
  nature: NatureStructure,
): Espace[] {
  if (titulaire === undefined) return [];
  const existants = espacesDeLaStructure(nature);
  if (titulaire.type === 'RATTACHEMENT' && titulaire.role !== 'UTILISATEUR') return [...existants];

  return existants.filter((espace) => titulaire.espaces.includes(espace));
}

/** Whether the holder may act in this espace of a structure (`undefined`: not rattaché, nothing). */
export function peutAgirDansEspace(
  titulaire: TitulaireHabilitations | undefined,
  nature: NatureStructure,
  espace: Espace,
): boolean {
  return espacesDetenus(titulaire, nature).includes(espace);
}

/**
 * The espaces a request may name: those that exist on the structure, each once, in display
 * order; `undefined` when one of them does not exist there (the request is then refused).
 */
export function espacesDemandables(
  nature: NatureStructure,
  demandes: readonly string[],
): Espace[] | undefined {
  const existants = espacesDeLaStructure(nature);
  if (!demandes.every((espace) => (existants as readonly string[]).includes(espace))) return undefined;

  return existants.filter((espace) => demandes.includes(espace));
}
