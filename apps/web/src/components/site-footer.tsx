import { Link } from 'react-router';
import { paths } from '../config/paths';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__about">
          Choral — émulateur open source et auto-hébergeable de Chorus Pro, sans lien avec l’administration.
        </p>
        <nav aria-label="Liens de pied de page">
          <ul className="site-footer__links">
            <li>
              <Link to={paths.accessibilite.href()}>Accessibilité : partiellement conforme</Link>
            </li>
            <li>
              <Link to={paths.mentionsLegales.href()}>Mentions légales</Link>
            </li>
            <li>
              <a href={paths.apiDocs.href()}>Documentation de l’API</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
