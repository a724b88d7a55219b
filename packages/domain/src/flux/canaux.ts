/** Where a flux came from: PISTE's API, the legacy /service base, or the portal's upload. */
export const CANAUX_FLUX = ['API', 'API_HISTORIQUE', 'PORTAIL'] as const;
export type CanalFlux = (typeof CANAUX_FLUX)[number];

export const LIBELLES_CANAL_FLUX: Readonly<Record<CanalFlux, string>> = {
  API: 'API (PISTE)',
  API_HISTORIQUE: 'API historique',
  PORTAIL: 'Portail',
};
