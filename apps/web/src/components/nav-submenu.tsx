import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components/Button';
import { Disclosure, DisclosurePanel } from 'react-aria-components/Disclosure';
import { NavLink, useLocation } from 'react-router';
import type { NavGroupItem } from '../config/navigation';

type NavSubmenuProps = { group: NavGroupItem };

/**
 * Disclosure navigation (WAI-ARIA APG « disclosure navigation menu »): a button with
 * `aria-expanded` shows a list of real links. Tab / Maj+Tab move through the links,
 * ↓ / ↑ too; Échap closes and gives focus back to the button; leaving the submenu closes it.
 */
export function NavSubmenu({ group }: NavSubmenuProps) {
  const [isExpanded, setExpanded] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  const isCurrentSection = group.items.some((item) => pathname.startsWith(item.href));

  // Close after navigating.
  useEffect(() => {
    if (pathname) setExpanded(false);
  }, [pathname]);

  // Close on a pointer press outside.
  useEffect(() => {
    if (!isExpanded) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setExpanded(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isExpanded]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const root = rootRef.current;
    if (!root || !isExpanded) return;
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
    const next = index === -1 ? (step === 1 ? 0 : links.length - 1) : (index + step + links.length) % links.length;
    links[next]?.focus();
  };

  return (
    <Disclosure
      ref={rootRef}
      className="nav-submenu"
      isExpanded={isExpanded}
      onExpandedChange={setExpanded}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setExpanded(false);
      }}
    >
      <Button slot="trigger" className="nav-link nav-submenu__trigger" data-current-section={isCurrentSection || undefined}>
        {group.label}
        <svg className="nav-submenu__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </Button>
      <DisclosurePanel className="nav-submenu__panel">
        <ul className="nav-submenu__list">
          {group.items.map((item) => (
            <li key={item.href}>
              <NavLink className="nav-submenu__link" to={item.href} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </DisclosurePanel>
    </Disclosure>
  );
}
