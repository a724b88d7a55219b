import { NavLink } from 'react-router';
import { mainNavigation } from '../config/navigation';
import { NavSubmenu } from './nav-submenu';

/** The portal's main navigation; the current page's link carries `aria-current="page"`. */
export function MainNav() {
  return (
    <nav className="main-nav" aria-label="Navigation principale">
      <ul className="main-nav__list">
        {mainNavigation.map((item) => (
          <li key={item.kind === 'group' ? item.id : item.href} className="main-nav__item">
            {item.kind === 'group' ? (
              <NavSubmenu group={item} />
            ) : (
              <NavLink className="nav-link" to={item.href} end={item.end}>
                {item.label}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
