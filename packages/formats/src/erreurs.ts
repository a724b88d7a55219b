/** Stable, machine-readable reasons why a file cannot be read. */
export const CODES_ERREUR = {
  FORMAT_NON_RECONNU: 'FORMAT_NON_RECONNU',
  XML_DANGEREUX: 'XML_DANGEREUX',
  XML_MALFORME: 'XML_MALFORME',
  ENCODAGE_INVALIDE: 'ENCODAGE_INVALIDE',
  FICHIER_VIDE: 'FICHIER_VIDE',
  FICHIER_TROP_VOLUMINEUX: 'FICHIER_TROP_VOLUMINEUX',
  FICHIER_CORROMPU: 'FICHIER_CORROMPU',
  PDF_CHIFFRE: 'PDF_CHIFFRE',
  PIECE_JOINTE_ILLISIBLE: 'PIECE_JOINTE_ILLISIBLE',
  FACTURES_MULTIPLES: 'FACTURES_MULTIPLES',
  DELAI_DEPASSE: 'DELAI_DEPASSE',
} as const;

export type CodeErreur = (typeof CODES_ERREUR)[keyof typeof CODES_ERREUR];

/** A refusal to read a file: stable `code` and a French `message` for the depositor. */
export interface ErreurLecture {
  code: CodeErreur;
  message: string;
}

/**
 * Thrown inside the library only, and turned into an `ErreurLecture` result at the
 * public boundary, so callers never see a raw exception.
 */
export class EchecLecture extends Error {
  readonly code: CodeErreur;

  constructor(code: CodeErreur, message: string) {
    super(message);
    this.name = 'EchecLecture';
    this.code = code;
  }
}

/** Any failure as a typed error; unexpected exceptions mean the file could not be understood. */
export function versErreurLecture(erreur: unknown): ErreurLecture {
  if (erreur instanceof EchecLecture) return { code: erreur.code, message: erreur.message };
  if (erreur instanceof RangeError) {
    return {
      code: CODES_ERREUR.FICHIER_CORROMPU,
      message: 'Fichier trop complexe pour être lu (structure trop profonde ou trop volumineuse).',
    };
  }
  return {
    code: CODES_ERREUR.FICHIER_CORROMPU,
    message: 'Fichier illisible : il est tronqué ou endommagé.',
  };
}
