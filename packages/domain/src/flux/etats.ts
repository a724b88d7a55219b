/** etatCourantDepotFlux: where a flux stands, from reception to its outcome. */
export const ETATS_FLUX = [
  'IN_RECU',
  'IN_EN_ATTENTE_TRAITEMENT_CPP',
  'IN_EN_COURS_TRAITEMENT_CPP',
  'IN_INTEGRE',
  'IN_INTEGRE_PARTIEL',
  'IN_REJETE',
  'IN_INCIDENTE',
] as const;
export type EtatFlux = (typeof ETATS_FLUX)[number];

/** The states after which nothing changes: connectors stop polling there. */
export const ETATS_FLUX_FINAUX: ReadonlySet<EtatFlux> = new Set([
  'IN_INTEGRE',
  'IN_INTEGRE_PARTIEL',
  'IN_REJETE',
  'IN_INCIDENTE',
]);

export const LIBELLES_ETAT_FLUX: Readonly<Record<EtatFlux, string>> = {
  IN_RECU: 'Reçu',
  IN_EN_ATTENTE_TRAITEMENT_CPP: 'En attente de traitement',
  IN_EN_COURS_TRAITEMENT_CPP: 'En cours de traitement',
  IN_INTEGRE: 'Intégré',
  IN_INTEGRE_PARTIEL: 'Intégré partiellement',
  IN_REJETE: 'Rejeté',
  IN_INCIDENTE: 'En incident (à redéposer)',
};

/** A processed flux's outcome: every invoice integrated, some, or none. */
export function etatFinalFlux(
  integrees: number,
  rejetees: number,
): Extract<EtatFlux, 'IN_INTEGRE' | 'IN_INTEGRE_PARTIEL' | 'IN_REJETE'> {
  if (rejetees === 0 && integrees > 0) return 'IN_INTEGRE';
  if (integrees > 0) return 'IN_INTEGRE_PARTIEL';

  return 'IN_REJETE';
}
