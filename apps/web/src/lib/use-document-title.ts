import { useEffect } from 'react';

export const SITE_NAME = 'Choral';

/** Sets the document title to « <page> — Choral » while the calling page is shown. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} — ${SITE_NAME}`;
  }, [pageTitle]);
}
