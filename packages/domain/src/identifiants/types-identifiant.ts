/** Kinds of identifier a Chorus Pro structure can be registered with (`typeIdentifiantStructure`). */
export const TYPES_IDENTIFIANT_STRUCTURE = [
  'SIRET',
  'UE_HORS_FRANCE',
  'HORS_UE',
  'RIDET',
  'TAHITI',
  'AUTRE',
  'PARTICULIER',
] as const;

export type TypeIdentifiantStructure = (typeof TYPES_IDENTIFIANT_STRUCTURE)[number];

/** Label shown in the portal's identifier-type select. */
export const LIBELLES_TYPE_IDENTIFIANT: Readonly<Record<TypeIdentifiantStructure, string>> = {
  SIRET: 'SIRET',
  UE_HORS_FRANCE: 'Structure européenne hors France',
  HORS_UE: 'Structure hors UE',
  RIDET: 'RIDET',
  TAHITI: 'Numéro TAHITI',
  AUTRE: 'Tiers en cours d’immatriculation',
  PARTICULIER: 'Particulier',
};

/** Numeric code of each type in XML flows and the pivot format (1 = SIRET … 7 = Particulier). */
export const CODES_TYPE_IDENTIFIANT: Readonly<Record<TypeIdentifiantStructure, number>> = {
  SIRET: 1,
  UE_HORS_FRANCE: 2,
  HORS_UE: 3,
  RIDET: 4,
  TAHITI: 5,
  AUTRE: 6,
  PARTICULIER: 7,
};

/** Narrows an untrusted string (API input, database) to a known identifier type. */
export function estTypeIdentifiantStructure(valeur: string): valeur is TypeIdentifiantStructure {
  return (TYPES_IDENTIFIANT_STRUCTURE as readonly string[]).includes(valeur);
}
