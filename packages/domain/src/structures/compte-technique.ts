/**
 * Comptes techniques (raccordement en mode API): the user a connector presents in `cpro-account`.
 * It acts through a rattachement like any member, never with more rights; on top of that it only
 * reaches the espaces granted to it, so that a gestionnaire can give an ERP the invoices it sends
 * without the ones its structure receives (or the reverse).
 */

/** Espaces a compte technique may be given (names shared with the portal's habilitations). */
export const ESPACES_API = ['FACTURES_EMISES', 'FACTURES_RECUES', 'FACTURES_A_VALIDER'] as const;
export type EspaceApi = (typeof ESPACES_API)[number];

export const LIBELLES_ESPACE_API: Record<EspaceApi, string> = {
  FACTURES_EMISES: 'Factures émises',
  FACTURES_RECUES: 'Factures reçues',
  FACTURES_A_VALIDER: 'Factures à valider',
};

/** Chorus Pro makes technical passwords expire after 424 days. */
export const DUREE_MOT_DE_PASSE_COMPTE_TECHNIQUE_JOURS = 424;

const JOUR_MS = 86_400_000;

export function expirationMotDePasseCompteTechnique(depuis: Date): Date {
  return new Date(depuis.getTime() + DUREE_MOT_DE_PASSE_COMPTE_TECHNIQUE_JOURS * JOUR_MS);
}

export interface EtatCompteTechnique {
  desactive: boolean;
  motDePasseExpireLe: Date;
  espaces: readonly string[];
}

/** Why a compte technique may not call the API now, or null when it may. */
export function refusCompteTechnique(
  compte: Omit<EtatCompteTechnique, 'espaces'>,
  maintenant: Date,
): 'DESACTIVE' | 'MOT_DE_PASSE_EXPIRE' | null {
  if (compte.desactive) return 'DESACTIVE';
  if (compte.motDePasseExpireLe <= maintenant) return 'MOT_DE_PASSE_EXPIRE';

  return null;
}

/** Whether the account was granted `espace` (its rattachement's rights still apply after this). */
export function compteTechniqueAccedeA(
  compte: Pick<EtatCompteTechnique, 'espaces'>,
  espace: EspaceApi,
): boolean {
  return compte.espaces.includes(espace);
}
