import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeader } from '../components/page-header';
import { paths } from '../config/paths';
import { NotFoundPage } from './routes/not-found';

/** Error of a page, shown inside the shell so the banner and navigation stay available. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // A chunk that cannot be loaded usually means a new version was deployed: reloading fixes it.
  const isStaleBuild = error instanceof TypeError && /import|module/i.test(error.message);
  return (
    <>
      <PageHeader
        title="Une erreur est survenue"
        lead={
          isStaleBuild
            ? 'Cette page n’a pas pu être chargée, sans doute parce que Choral vient d’être mis à jour.'
            : 'La page n’a pas pu être affichée. Vous pouvez recharger la page ou revenir à l’accueil.'
        }
      />
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Recharger la page
        </button>
        <Link className="button button--secondary" to={paths.home.href()}>
          Retour à l’accueil
        </Link>
      </div>
    </>
  );
}
