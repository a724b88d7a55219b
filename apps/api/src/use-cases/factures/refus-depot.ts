import type { ErreurChamp } from '@choral/domain/erreurs';
import { ErreurMetier } from '@choral/domain/erreurs';

/** A refusal found by the deposit checks, located by a JSON Pointer into the deposit form. */
export interface ProblemeLocalise {
  code: string;
  pointeur: string;
  message: string;
}

/** The domain's dotted field path as a JSON Pointer: `recapitulatifTva.0.montantTva` → `/recapitulatifTva/0/montantTva`. */
export function pointeur(champ: string): string {
  return `/${champ.split('.').join('/')}`;
}

/**
 * One 422 problem listing every refusal next to its field. Its code is the refusal's own when
 * there is one (DESTINATAIRE_INACTIF…), CONTROLES_DEPOT when there are several.
 */
export function refusDepot(problemes: readonly ProblemeLocalise[]): ErreurMetier {
  const [premier] = problemes;
  const champs: ErreurChamp[] = problemes.map((p) => ({ champ: p.pointeur, message: p.message }));
  if (problemes.length === 1 && premier) {
    return new ErreurMetier('REGLE_METIER', premier.message, { motif: premier.code, champs });
  }

  return new ErreurMetier(
    'REGLE_METIER',
    `La facture ne peut pas être envoyée : ${problemes.length} points sont à corriger.`,
    { motif: 'CONTROLES_DEPOT', champs },
  );
}
