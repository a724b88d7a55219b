import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
import { useSession } from '../../../lib/session';
import { useApiData } from '../../../lib/use-api-data';
import { listerNotifications, notificationsLues } from '../api';

function Compteur() {
  const { pathname } = useLocation();
  const [lecture, setLecture] = useState(0);
  useEffect(() => {
    const relire = () => setLecture((n) => n + 1);
    notificationsLues.addEventListener('lues', relire);
    return () => notificationsLues.removeEventListener('lues', relire);
  }, []);
  // Counted again on each page change and after « Marquer comme lues ».
  const { state } = useApiData(`notifications-${pathname}-${lecture}`, (signal) =>
    listerNotifications(signal),
  );
  const nonLues = state.statut === 'pret' ? state.donnees.nonLues : 0;
  return (
    <Link className="lien-notifications" to={paths.notifications.href()}>
      <svg className="lien-notifications__icone" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span className="visually-hidden">Notifications, </span>
      <span className="lien-notifications__compteur" data-zero={nonLues === 0 || undefined}>
        {nonLues}
        <span className="visually-hidden"> non lues</span>
      </span>
    </Link>
  );
}

/** The bell of the header, for signed-in users: « Notifications, N non lues ». */
export function LienNotifications() {
  return useSession().statut === 'connecte' ? <Compteur /> : null;
}
