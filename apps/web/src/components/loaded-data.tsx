import type { ReactNode } from 'react';
import { isApiError } from '../lib/api-error';
import type { DataState } from '../lib/use-api-data';
import { Alert } from './alert';

type LoadedDataProps<T> = {
  state: DataState<T>;
  onRetry: () => void;
  children: (data: T) => ReactNode;
  /** What is being loaded, for the loading notice: « les demandes ». */
  what: string;
};

/** The three states of loaded data: a polite loading notice, the problem's message, or the data. */
export function LoadedData<T>({ state, onRetry, children, what }: LoadedDataProps<T>) {
  if (state.statut === 'pret') return children(state.donnees);
  if (state.statut === 'chargement') {
    return (
      <p className="loading-notice" role="status">
        Chargement de {what}…
      </p>
    );
  }
  const message = isApiError(state.erreur) ? state.erreur.detail : 'Une erreur inattendue est survenue.';
  return (
    <Alert tone="error" title={`Impossible d’afficher ${what}`}>
      <p>{message}</p>
      <button type="button" className="button button--secondary button--small" onClick={onRetry}>
        Réessayer
      </button>
    </Alert>
  );
}
