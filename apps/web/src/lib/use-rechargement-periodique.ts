import { useEffect } from 'react';
import type { DataState } from './use-api-data';

/**
 * Reloads a page's data every `delaiMs` while `actif`: for work the server does in the background
 * (a flux being integrated). The next reload is asked once the previous answer has arrived.
 */
export function useRechargementPeriodique<T>(
  state: DataState<T>,
  actif: boolean,
  recharger: () => void,
  delaiMs = 2000,
): void {
  const donnees = state.statut === 'pret' ? state.donnees : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new answer (`donnees`) arms the next reload.
  useEffect(() => {
    if (!actif) return;
    const minuterie = setTimeout(recharger, delaiMs);
    return () => clearTimeout(minuterie);
  }, [actif, donnees, recharger, delaiMs]);
}
