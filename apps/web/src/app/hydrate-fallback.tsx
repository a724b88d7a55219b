import { AppShell } from '../components/app-shell';

/** Shown while the first page's code loads: the shell, and a polite loading notice. */
export function HydrateFallback() {
  return (
    <AppShell>
      <p className="loading-notice" role="status">
        Chargement de la page…
      </p>
    </AppShell>
  );
}
