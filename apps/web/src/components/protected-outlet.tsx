import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../config/paths';
import { useSession } from '../lib/session';

/**
 * Layout of the pages reserved to signed-in users (their loader, `exigerSession`, redirects on
 * arrival): if the session ends while such a page is open, go to the sign-in page too.
 */
export function ProtectedOutlet() {
  const courant = useSession();
  const { pathname, search } = useLocation();
  if (courant.statut !== 'connecte') {
    return <Navigate replace to={paths.connexion.href(`${pathname}${search}`)} />;
  }
  return <Outlet />;
}
