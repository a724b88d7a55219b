import type { TypeIdentifiant } from '@choral/contracts';

export const aideIdentifiant: Readonly<Record<TypeIdentifiant, string>> = {
  SIRET: '14 chiffres, espaces acceptés. Exemple : 843 123 456 00017',
  UE_HORS_FRANCE: 'Numéro de TVA intracommunautaire, précédé du code pays. Exemple : DE123456789',
  HORS_UE: 'Lettres sans accent, chiffres et séparateurs « - », « . », « / », 35 caractères au plus.',
  RIDET: 'Numéro RIDET de Nouvelle-Calédonie.',
  TAHITI: 'Numéro TAHITI de Polynésie française.',
  AUTRE: 'Lettres sans accent, chiffres et séparateurs « - », « . », « / », 35 caractères au plus.',
  PARTICULIER: 'Lettres sans accent, chiffres et séparateurs « - », « . », « / », 35 caractères au plus.',
};

export const libelleTypeStructure = { PRIVEE: 'Structure privée', PUBLIQUE: 'Structure publique' } as const;
