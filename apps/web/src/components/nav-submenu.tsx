import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { NavGroupItem } from '../config/navigation';

type NavSubmenuProps = { group: NavGroupItem };

/**
 * Disclosure navigation (WAI-ARIA APG « disclosure navigation menu »): a button with
 * `aria-expanded` shows a list of real links. Tab / Maj+Tab move through the links,
 * ↓ / ↑ too; Échap closes and gives focus back to the button; leaving the submenu closes it.
 */
export function NavSubmenu({ group }: NavSubmenuProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const { pathname } = useLocation();
  // Open « at » a location: navigating anywhere closes the submenu by itself.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const isExpanded = openAt === pathname;
  const setExpanded = useCallback((expanded: boolean) => setOpenAt(expanded ? pathname : null), [pathname]);
  const isCurrentSection = group.items.some((item) => pathname.startsWith(item.href));

  // Close on a pointer press outside.
  useEffect(() => {
    if (!isExpanded) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setExpanded(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isExpanded, setExpanded]);

  // Keyboard: Échap closes and refocuses the button; ↓ / ↑ move between the links.
  // Focus leaving the submenu closes it.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !isExpanded) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setExpanded(false);
        root.querySelector<HTMLButtonElement>('button')?.focus();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
      if (links.length === 0) return;
      event.preventDefault();
      const index = links.indexOf(document.activeElement as HTMLAnchorElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next =
        index === -1 ? (step === 1 ? 0 : links.length - 1) : (index + step + links.length) % links.length;
      links[next]?.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      const target = event.relatedTarget;
      if (target instanceof Node && !root.contains(target)) setExpanded(false);
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focusout', onFocusOut);
    };
  }, [isExpanded, setExpanded]);

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
