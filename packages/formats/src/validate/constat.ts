export type Severite = 'erreur' | 'avertissement';

/** One validation finding: EN 16931 rule id, severity, French message, XPath-like location in the model. */
export interface Constat {
  regle: string;
  severite: Severite;
  message: string;
  /** Path in the normalized invoice, 1-based indexes: `/facture/lignes[2]/montantNet`. */
  emplacement: string;
}

/** Accumulates findings; `verifier` records one when its condition does not hold. */
export interface Constats {
  readonly liste: Constat[];
  signaler(regle: string, message: string, emplacement: string, severite?: Severite): void;
  verifier(
    condition: boolean,
    regle: string,
    message: string,
    emplacement: string,
    severite?: Severite,
  ): void;
}

export function creerConstats(): Constats {
  const liste: Constat[] = [];
  const signaler = (
    regle: string,
    message: string,
    emplacement: string,
    severite: Severite = 'erreur',
  ): void => {
    liste.push({ regle, severite, message, emplacement });
  };
  return {
    liste,
    signaler,
    verifier(condition, regle, message, emplacement, severite) {
      if (!condition) signaler(regle, message, emplacement, severite);
    },
  };
}
