import { type HealthResponse, HealthResponseSchema } from '@choral/contracts';
import { useCallback, useEffect, useState } from 'react';
import { apiClient } from '../lib/api-client';
import { isApiError } from '../lib/api-error';

type State =
  | { kind: 'loading' }
  | { kind: 'loaded'; health: HealthResponse }
  | { kind: 'failed'; message: string };

type Tone = 'pending' | 'ok' | 'warning' | 'error';

const databaseKind: Record<HealthResponse['database']['kind'], string> = {
  embarquee: 'embarquée',
  externe: 'externe',
};

function describe(state: State): { tone: Tone; label: string; version?: string } {
  switch (state.kind) {
    case 'loading':
      return { tone: 'pending', label: 'Vérification de l’état de la plateforme…' };
    case 'failed':
      return { tone: 'error', label: `État de la plateforme inconnu : ${state.message}` };
    case 'loaded': {
      const { status, version, database, charge } = state.health;
      const kind = databaseKind[database.kind];
      if (database.status === 'down') {
        return {
          tone: 'error',
          label: `Plateforme indisponible — base de données ${kind} injoignable`,
          version,
        };
      }
      if (charge.status === 'surcharge') {
        return {
          tone: 'warning',
          label: 'Plateforme surchargée — réessayez dans quelques secondes',
          version,
        };
      }
      if (status === 'degraded') {
        return { tone: 'warning', label: `Plateforme dégradée — base de données ${kind}`, version };
      }
      return { tone: 'ok', label: `Plateforme opérationnelle — base de données ${kind}`, version };
    }
  }
}

/** One status line from `GET /api/health`, announced politely to assistive technologies. */
export function PlatformStatus() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback((signal?: AbortSignal) => {
    setState({ kind: 'loading' });
    apiClient.get('/health', HealthResponseSchema, signal ? { signal } : {}).then(
      (health) => setState({ kind: 'loaded', health }),
      (error: unknown) => {
        if (signal?.aborted) return;
        // The API answers 503 with a full health report when the database is down.
        const report = isApiError(error) ? HealthResponseSchema.safeParse(error.body) : undefined;
        if (report?.success) return setState({ kind: 'loaded', health: report.data });
        setState({ kind: 'failed', message: isApiError(error) ? error.detail : 'erreur inattendue.' });
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const { tone, label, version } = describe(state);
  return (
    <div className="platform-status" data-tone={tone}>
      <p role="status" className="platform-status__line">
        <span className="platform-status__dot" aria-hidden="true" />
        <span>{label}</span>
        {version ? <span className="platform-status__version">version {version}</span> : null}
      </p>
      {state.kind === 'failed' ? (
        <button type="button" className="button button--secondary button--small" onClick={() => load()}>
          Réessayer
        </button>
      ) : null}
    </div>
  );
}
