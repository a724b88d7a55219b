import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Disclosure menu behaviour (WAI-ARIA APG « disclosure navigation menu ») for a root element
 * holding a toggle button and a list: Échap closes and gives focus back to the button, ↓ / ↑
 * move between the list's links and buttons, a press outside or focus leaving closes it.
 * The menu is open « at » a location: navigating anywhere closes it.
 */
export function useDisclosureMenu<E extends HTMLElement>() {
  const rootRef = useRef<E>(null);
  const { pathname } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const isExpanded = openAt === pathname;
  const setExpanded = useCallback((expanded: boolean) => setOpenAt(expanded ? pathname : null), [pathname]);

  useEffect(() => {
    if (!isExpanded) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setExpanded(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isExpanded, setExpanded]);

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
      const items = [...root.querySelectorAll<HTMLElement>('ul a[href], ul button')];
      if (items.length === 0) return;
      event.preventDefault();
      const index = items.indexOf(document.activeElement as HTMLElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next =
        index === -1 ? (step === 1 ? 0 : items.length - 1) : (index + step + items.length) % items.length;
      items[next]?.focus();
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

  return { rootRef, isExpanded, setExpanded };
}
