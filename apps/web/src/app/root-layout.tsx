import { Outlet, ScrollRestoration } from 'react-router';
import { AppShell, MAIN_CONTENT_ID } from '../components/app-shell';
import { LienNotifications } from '../features/notifications/components/lien-notifications';
import { useFocusOnNavigation } from '../lib/use-focus-on-navigation';

/** Layout route: every page is rendered inside the shell (banner, header, navigation, footer). */
export function RootLayout() {
  useFocusOnNavigation(MAIN_CONTENT_ID);
  return (
    <AppShell headerExtra={<LienNotifications />}>
      <Outlet />
      <ScrollRestoration />
    </AppShell>
  );
}
