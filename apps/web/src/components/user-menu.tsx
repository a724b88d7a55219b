import { useId } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { session, useSession } from '../lib/session';
import { useDisclosureMenu } from '../lib/use-disclosure-menu';

/** Right of the header: the user's menu (Mon compte, Se déconnecter), or the ways in. */
export function UserMenu() {
  const courant = useSession();
  const navigate = useNavigate();
  const { rootRef, isExpanded, setExpanded } = useDisclosureMenu<HTMLDivElement>();
  const panelId = useId();

  if (courant.statut === 'chargement') return null;
  if (courant.statut === 'anonyme') {
    return (
      <ul className="account-links">
        <li>
          <Link className="account-links__link" to={paths.connexion.href()}>
            Se connecter
          </Link>
        </li>
        <li>
          <Link className="button button--secondary button--small" to={paths.creerUnCompte.href()}>
            Créer un compte
          </Link>
        </li>
      </ul>
    );
  }

  const { prenom, nom } = courant.utilisateur;
  const seDeconnecter = async () => {
    setExpanded(false);
    // Leave the page first: a page reserved to signed-in users must not render signed out.
    await navigate(paths.connexion.href(), { state: { deconnecte: true } });
    await session.deconnecter().catch(() => session.oublier());
  };

  return (
    <div ref={rootRef} className="user-menu">
      <button
        type="button"
        className="user-menu__trigger"
        aria-expanded={isExpanded}
        aria-controls={panelId}
        aria-label={`${prenom} ${nom}, menu du compte`}
        onClick={() => setExpanded(!isExpanded)}
      >
        <svg className="user-menu__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="6.5" r="3.5" fill="currentColor" />
          <path d="M3 18c0-4 3.1-6.5 7-6.5s7 2.5 7 6.5z" fill="currentColor" />
        </svg>
        <span>
          {prenom} {nom}
        </span>
        <svg className="nav-submenu__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <ul id={panelId} className="user-menu__panel" hidden={!isExpanded}>
        <li>
          <Link className="user-menu__item" to={paths.monCompte.href()}>
            Mon compte
          </Link>
        </li>
        <li>
          <button type="button" className="user-menu__item" onClick={seDeconnecter}>
            Se déconnecter
          </button>
        </li>
      </ul>
    </div>
  );
}
