import { EmulatorBanner } from '../components/emulator-banner';
import { useDocumentTitle } from '../lib/use-document-title';

/** Last resort when the shell itself fails: no router links, only plain HTML. */
export function RootErrorBoundary() {
  useDocumentTitle('Erreur');
  return (
    <>
      <header className="site-header">
        <EmulatorBanner />
      </header>
      <main id="contenu" className="site-main">
        <div className="container">
          <div className="page-header">
            <h1 className="page-header__title">Une erreur est survenue</h1>
            <p className="page-header__lead">
              Choral n’a pas pu s’afficher. Rechargez la page pour réessayer.
            </p>
          </div>
          <p>
            <a href="/">Retour à l’accueil</a>
          </p>
        </div>
      </main>
    </>
  );
}
