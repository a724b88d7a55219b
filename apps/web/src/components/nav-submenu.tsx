import { useId } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { NavGroupItem } from '../config/navigation';
import { useDisclosureMenu } from '../lib/use-disclosure-menu';

type NavSubmenuProps = { group: NavGroupItem };

/**
 * Disclosure navigation: a button with `aria-expanded` shows a list of real links
 * (keyboard behaviour in `useDisclosureMenu`).
 */
export function NavSubmenu({ group }: NavSubmenuProps) {
  const { rootRef, isExpanded, setExpanded } = useDisclosureMenu<HTMLDivElement>();
  const panelId = useId();
  const { pathname } = useLocation();
  const isCurrentSection = group.items.some((item) => pathname.startsWith(item.href));

  return (
    <div ref={rootRef} className="nav-submenu">
      <button
        type="button"
        className="nav-link nav-submenu__trigger"
        aria-expanded={isExpanded}
        aria-controls={panelId}
        data-current-section={isCurrentSection || undefined}
        onClick={() => setExpanded(!isExpanded)}
      >
        {group.label}
        <svg className="nav-submenu__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <ul id={panelId} className="nav-submenu__panel" hidden={!isExpanded}>
        {group.items.map((item) => (
          <li key={item.href}>
            <NavLink className="nav-submenu__link" to={item.href} end={item.end}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
