import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation (not on first load), moves focus to the new page's `<h1>`
 * so screen readers announce it and keyboard users start from the content.
 * Falls back to the main landmark when the page has no focusable heading.
 */
export function useFocusOnNavigation(mainId: string): void {
  const { pathname, search } = useLocation();
  const previous = useRef<string | null>(null);
  const current = `${pathname}${search}`;

  useEffect(() => {
    if (previous.current === null || previous.current === current) {
      previous.current = current;
      return;
    }
    previous.current = current;
    const main = document.getElementById(mainId);
    const heading = main?.querySelector<HTMLElement>('h1[tabindex]');
    (heading ?? main)?.focus();
  }, [current, mainId]);
}
