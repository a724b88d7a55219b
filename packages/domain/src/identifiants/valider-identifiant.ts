import { validerIdentifiantLibre } from './identifiant-libre.ts';
import type { ResultatValidation } from './resultat-validation.ts';
import { validerRidet } from './ridet.ts';
import { validerSiret } from './siret.ts';
import { validerNumeroTahiti } from './tahiti.ts';
import { validerTvaIntracommunautaire } from './tva-intracommunautaire.ts';
import type { TypeIdentifiantStructure } from './types-identifiant.ts';

/** Validates and normalizes a structure identifier according to its type. */
export function validerIdentifiantStructure(
  type: TypeIdentifiantStructure,
  saisie: string,
): ResultatValidation {
  switch (type) {
    case 'SIRET':
      return validerSiret(saisie);
    case 'UE_HORS_FRANCE':
      return validerTvaIntracommunautaire(saisie);
    case 'RIDET':
      return validerRidet(saisie);
    case 'TAHITI':
      return validerNumeroTahiti(saisie);
    case 'HORS_UE':
    case 'AUTRE':
    case 'PARTICULIER':
      return validerIdentifiantLibre(saisie);
    default: {
      const inattendu: never = type;
      throw new Error(`Type d’identifiant de structure inconnu : ${String(inattendu)}`);
    }
  }
}
