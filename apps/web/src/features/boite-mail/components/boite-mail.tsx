import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { LoadedData } from '../../../components/loaded-data';
import { isApiError } from '../../../lib/api-error';
import { formaterDateHeure, pluriel } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { listerCourriels } from '../api';
import { TexteCourriel } from './texte-courriel';

/** The outbox of the instance, newest first, optionally for one recipient. */
export function BoiteMail() {
  const [saisie, setSaisie] = useState('');
  const [destinataire, setDestinataire] = useState('');
  const { state, recharger } = useApiData(destinataire, (signal) => listerCourriels(destinataire, signal));

  if (state.statut === 'erreur' && isApiError(state.erreur) && state.erreur.status === 404) {
    return (
      <Alert tone="info" title="Boîte mail indisponible">
        <p>
          Les outils de développement ne sont pas activés sur cette instance : la boîte mail de développement
          n’y existe pas.
        </p>
      </Alert>
    );
  }
  return (
    <>
      <search>
        <form
          className="filter-bar"
          onSubmit={(event) => {
            event.preventDefault();
            setDestinataire(saisie.trim());
            recharger();
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="filtre-destinataire">
              Destinataire
            </label>
            <input
              id="filtre-destinataire"
              className="field__input"
              type="email"
              value={saisie}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setSaisie(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary">
            Afficher les messages
          </button>
        </form>
      </search>
      <LoadedData state={state} onRetry={recharger} what="les messages">
        {(courriels) => (
          <section aria-labelledby="messages">
            <h2 id="messages" className="section__title">
              {pluriel(courriels.length, 'message')}
              {destinataire ? ` pour ${destinataire}` : ''}
            </h2>
            {courriels.length === 0 ? <p>Aucun message.</p> : null}
            <ol className="courriels">
              {courriels.map((courriel) => (
                <li key={courriel.id}>
                  <article className="courriel" aria-labelledby={`courriel-${courriel.id}`}>
                    <h3 id={`courriel-${courriel.id}`} className="courriel__sujet">
                      {courriel.sujet}
                    </h3>
                    <dl className="courriel__meta">
                      <div>
                        <dt>Destinataire</dt>
                        <dd>{courriel.destinataire}</dd>
                      </div>
                      <div>
                        <dt>Date</dt>
                        <dd>{formaterDateHeure(courriel.creeLe)}</dd>
                      </div>
                    </dl>
                    <TexteCourriel texte={courriel.texte} />
                  </article>
                </li>
              ))}
            </ol>
          </section>
        )}
      </LoadedData>
    </>
  );
}
