import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

export const MAIN_CONTENT_ID = 'contenu';

type AppShellProps = {
  children: ReactNode;
  /** Shown in the header beside the user menu (the notifications link). */
  headerExtra?: ReactNode;
};

/** Skip link, banner + header, main landmark and footer around a page. */
export function AppShell({ children, headerExtra }: AppShellProps) {
  return (
    <>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <SiteHeader extra={headerExtra} />
      <main id={MAIN_CONTENT_ID} className="site-main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <SiteFooter />
    </>
  );
}
