/** Shown inside the shell while the first page's code loads. */
export function HydrateFallback() {
  return (
    <p className="loading-notice" role="status">
      Chargement de la page…
    </p>
  );
}
