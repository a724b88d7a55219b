import { useState } from 'react';
import { Link } from 'react-router';
import { LiveMessage } from '../../../components/live-message';
import { LoadedData } from '../../../components/loaded-data';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { formaterDateHeure } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { listerNotifications, marquerLues, notificationsLues } from '../api';

/** The user's latest notifications (20), newest first, to open or mark read. */
export function ListeNotifications() {
  const { state, recharger } = useApiData('notifications', (signal) => listerNotifications(signal));
  const [message, setMessage] = useState<{ texte: string; ton: 'success' | 'error' } | null>(null);

  const marquer = async () => {
    try {
      await marquerLues();
      notificationsLues.dispatchEvent(new Event('lues'));
      recharger();
      setMessage({ texte: 'Toutes vos notifications sont marquées comme lues.', ton: 'success' });
    } catch (caught) {
      setMessage({
        texte: isApiError(caught) ? caught.detail : 'Une erreur inattendue est survenue.',
        ton: 'error',
      });
    }
  };

  return (
    <LoadedData state={state} onRetry={recharger} what="les notifications">
      {({ notifications, nonLues }) => {
        const toutes = notifications;
        return (
          <div className="stack">
            <LiveMessage message={message?.texte ?? null} tone={message?.ton} />
            <p>{nonLues === 0 ? 'Aucune notification non lue.' : `${nonLues} notification(s) non lue(s).`}</p>
            {nonLues > 0 ? (
              <div className="actions">
                <button type="button" className="button" onClick={marquer}>
                  Marquer comme lues
                </button>
              </div>
            ) : null}
            {toutes.length === 0 ? (
              <p className="empty-state">Vous n’avez reçu aucune notification.</p>
            ) : (
              <ul className="notifications" aria-label="Notifications, les plus récentes d’abord">
                {toutes.map((n) => (
                  <li key={n.id} className="notification" data-lue={n.lue || undefined}>
                    <p className="notification__titre">
                      {n.lue ? null : <span className="badge badge--warning">Non lue</span>} {n.titre}
                    </p>
                    <p>{n.texte}</p>
                    <p className="notification__meta">
                      {formaterDateHeure(n.creeLe)}
                      {n.factureId ? (
                        <>
                          {' — '}
                          <Link to={paths.factureEmise.href(n.factureId)}>Voir la facture</Link>
                        </>
                      ) : null}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      }}
    </LoadedData>
  );
}
