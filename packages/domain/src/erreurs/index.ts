/** A field-level problem; `champ` is a JSON Pointer into the request (e.g. `/lignes/0/quantite`). */
export interface ErreurChamp {
  champ: string;
  message: string;
}

/**
 * Stable codes of business errors. The API maps each one to an HTTP status in one table;
 * nothing below the routes knows HTTP.
 */
export const CODES_ERREUR = [
  'REQUETE_INVALIDE',
  'NON_AUTHENTIFIE',
  'INTERDIT',
  'INTROUVABLE',
  'CONFLIT',
  'REGLE_METIER',
  'TROP_DE_TENTATIVES',
  'FICHIER_TROP_VOLUMINEUX',
  'TYPE_FICHIER_REFUSE',
  /** Overload or database outage: nothing was done, the same request may be sent again later. */
  'INDISPONIBLE',
] as const;
export type CodeErreur = (typeof CODES_ERREUR)[number];

/** A refusal the user can understand: a stable code, a French message, optional field errors. */
export class ErreurMetier extends Error {
  override name = 'ErreurMetier';
  readonly code: CodeErreur;
  /** Finer machine code, e.g. SIRET_INVALIDE, DOUBLON, TRANSITION_INTERDITE. */
  readonly motif: string;
  readonly champs: ErreurChamp[];

  constructor(code: CodeErreur, message: string, options: { motif?: string; champs?: ErreurChamp[] } = {}) {
    super(message);
    this.code = code;
    this.motif = options.motif ?? code;
    this.champs = options.champs ?? [];
  }
}

/** Shorthand for "unknown or outside the caller's structures": never reveals existence. */
export function introuvable(message = 'Élément introuvable.'): ErreurMetier {
  return new ErreurMetier('INTROUVABLE', message);
}
