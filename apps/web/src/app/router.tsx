import { createBrowserRouter, redirect } from 'react-router';
import { paths } from '../config/paths';
import { HydrateFallback } from './hydrate-fallback';
import { RootErrorBoundary } from './root-error-boundary';
import { RootLayout } from './root-layout';
import { RouteErrorBoundary } from './route-error-boundary';
import { NotFoundPage } from './routes/not-found';

/** Every page is its own chunk: the initial download holds only the shell. */
export const router = createBrowserRouter([
  {
    path: paths.home.pattern,
    Component: RootLayout,
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        // Set here, not on the layout route, so the shell stays mounted while the first page loads.
        HydrateFallback,
        ErrorBoundary: RouteErrorBoundary,
        children: [
          { index: true, lazy: { Component: async () => (await import('./routes/home')).HomePage } },
          { path: paths.facturation.pattern, loader: () => redirect(paths.facturesEmises.href()) },
          {
            path: paths.facturesEmises.pattern,
            lazy: { Component: async () => (await import('./routes/factures-emises')).FacturesEmisesPage },
          },
          {
            path: paths.facturesRecues.pattern,
            lazy: { Component: async () => (await import('./routes/factures-recues')).FacturesRecuesPage },
          },
          {
            path: paths.facturesDeTravaux.pattern,
            lazy: {
              Component: async () => (await import('./routes/factures-de-travaux')).FacturesDeTravauxPage,
            },
          },
          {
            path: paths.structures.pattern,
            lazy: { Component: async () => (await import('./routes/structures')).StructuresPage },
          },
          {
            path: paths.approbations.pattern,
            lazy: { Component: async () => (await import('./routes/approbations')).ApprobationsPage },
          },
          {
            path: paths.monCompte.pattern,
            lazy: { Component: async () => (await import('./routes/mon-compte')).MonComptePage },
          },
          {
            path: paths.nousContacter.pattern,
            lazy: { Component: async () => (await import('./routes/nous-contacter')).NousContacterPage },
          },
          {
            path: paths.accessibilite.pattern,
            lazy: { Component: async () => (await import('./routes/accessibilite')).AccessibilitePage },
          },
          {
            path: paths.mentionsLegales.pattern,
            lazy: { Component: async () => (await import('./routes/mentions-legales')).MentionsLegalesPage },
          },
          { path: paths.notFound.pattern, Component: NotFoundPage },
        ],
      },
    ],
  },
]);
