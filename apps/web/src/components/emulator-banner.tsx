import { HealthResponseSchema } from '@choral/contracts';
import { apiClient } from '../lib/api-client';
import { useApiData } from '../lib/use-api-data';

/** Permanent notice, on every page: Choral must never pass for the official portal. */
export function EmulatorBanner() {
  const { state } = useApiData('health', (signal) =>
    apiClient.get('/health', HealthResponseSchema, { signal }),
  );
  const outilsDev = state.statut === 'pret' && state.donnees.outilsDeveloppement;

  return (
    <div className="emulator-banner" role="note" aria-label="Avertissement">
      <p className="emulator-banner__text">
        <svg className="emulator-banner__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M10 1.5 19 17.5H1z" fill="currentColor" />
          <path d="M10 7v5M10 14.2v.3" stroke="#fdf1d3" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <strong className="emulator-banner__label">Émulateur</strong>
        <span>
          Choral est un émulateur à des fins de test et de formation. Ce n’est pas le portail officiel Chorus
          Pro : n’y déposez pas de vraies factures.
          {outilsDev && (
            <>
              {' '}
              Outils de développement activés : la boîte mail de développement montre tous les courriels
              envoyés, liens compris.
            </>
          )}
        </span>
      </p>
    </div>
  );
}
