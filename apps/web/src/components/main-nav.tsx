import { NavLink } from 'react-router';
import { type NavLinkItem, navigationPour } from '../config/navigation';
import { pluriel } from '../lib/format';
import { type EtatSession, useSession } from '../lib/session';
import { NavSubmenu } from './nav-submenu';

function compteur(item: NavLinkItem, courant: EtatSession): number {
  return item.counter && courant.statut === 'connecte' ? courant.utilisateur[item.counter] : 0;
}

/** The portal's main navigation; the current page's link carries `aria-current="page"`. */
export function MainNav() {
  const courant = useSession();
  return (
    <nav className="main-nav" aria-label="Navigation principale">
      <ul className="main-nav__list">
        {navigationPour(courant.statut === 'connecte' ? courant.utilisateur : null).map((item) => {
          if (item.kind === 'group') {
            return (
              <li key={item.id} className="main-nav__item">
                <NavSubmenu group={item} />
              </li>
            );
          }
          const count = compteur(item, courant);
          return (
            <li key={item.href} className="main-nav__item">
              <NavLink
                className="nav-link"
                to={item.href}
                end={item.end}
                // The visible counter alone would read « Approbations 1 »: say what it counts.
                aria-label={count > 0 ? `${item.label}, ${pluriel(count, 'demande')} en attente` : undefined}
              >
                {item.label}
                {count > 0 ? (
                  <>
                    {' '}
                    <span className="nav-counter">{count}</span>
                  </>
                ) : null}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
