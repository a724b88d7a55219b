import { useCallback, useEffect, useRef, useState } from 'react';

export type DataState<T> =
  | { statut: 'chargement' }
  | { statut: 'pret'; donnees: T }
  | { statut: 'erreur'; erreur: unknown };

const LOADING: DataState<never> = { statut: 'chargement' };

/**
 * Loads data for a page: again when `key` changes or on `recharger()`. During a reload of the
 * same key the previous data stays on screen; data of another key is never shown.
 */
export function useApiData<T>(key: string, load: (signal: AbortSignal) => Promise<T>) {
  const [loaded, setLoaded] = useState<{ key: string; state: DataState<T> } | null>(null);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `version` are the reload triggers.
  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (donnees) => setLoaded({ key, state: { statut: 'pret', donnees } }),
      (erreur: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, state: { statut: 'erreur', erreur } });
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const recharger = useCallback(() => setVersion((v) => v + 1), []);
  const state: DataState<T> = loaded?.key === key ? loaded.state : LOADING;
  return { state, recharger };
}
