import { createBrowserRouter, redirect } from 'react-router';
import { ProtectedOutlet } from '../components/protected-outlet';
import { paths } from '../config/paths';
import { exigerSession, exigerSessionAJour } from '../lib/session';
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
            path: paths.facturesDeTravaux.pattern,
            lazy: {
              Component: async () => (await import('./routes/factures-de-travaux')).FacturesDeTravauxPage,
            },
          },
          {
            // Reserved to signed-in users: to /connexion (and back) otherwise.
            loader: exigerSession,
            Component: ProtectedOutlet,
            children: [
              {
                path: paths.facturesEmises.pattern,
                loader: exigerSessionAJour,
                lazy: {
                  Component: async () => (await import('./routes/factures-emises')).FacturesEmisesPage,
                },
              },
              {
                path: paths.deposerFacture.pattern,
                lazy: {
                  Component: async () => (await import('./routes/deposer-facture')).DeposerFacturePage,
                },
              },
              {
                path: paths.saisirFacture.pattern,
                lazy: { Component: async () => (await import('./routes/saisir-facture')).SaisirFacturePage },
              },
              {
                path: paths.brouillon.pattern,
                lazy: { Component: async () => (await import('./routes/brouillon')).BrouillonPage },
              },
              {
                path: paths.confirmationDepot.pattern,
                lazy: {
                  Component: async () => (await import('./routes/confirmation-depot')).ConfirmationDepotPage,
                },
              },
              {
                path: paths.factureEmise.pattern,
                lazy: { Component: async () => (await import('./routes/facture')).FacturePage },
              },
              {
                path: paths.facture.pattern,
                loader: ({ params }) => redirect(paths.factureEmise.href(Number(params.id))),
              },
              {
                path: paths.suiviFlux.pattern,
                loader: exigerSessionAJour,
                lazy: { Component: async () => (await import('./routes/suivi-flux')).SuiviFluxPage },
              },
              {
                path: paths.flux.pattern,
                lazy: { Component: async () => (await import('./routes/flux')).FluxPage },
              },
              {
                path: paths.facturesRecues.pattern,
                loader: exigerSessionAJour,
                lazy: {
                  Component: async () => (await import('./routes/factures-recues')).FacturesRecuesPage,
                },
              },
              {
                path: paths.factureRecue.pattern,
                lazy: { Component: async () => (await import('./routes/facture')).FacturePage },
              },
              {
                path: paths.facturesAValider.pattern,
                loader: exigerSessionAJour,
                lazy: {
                  Component: async () => (await import('./routes/factures-a-valider')).FacturesAValiderPage,
                },
              },
              {
                path: paths.factureAValider.pattern,
                lazy: { Component: async () => (await import('./routes/facture')).FacturePage },
              },
              {
                path: paths.notifications.pattern,
                lazy: { Component: async () => (await import('./routes/notifications')).NotificationsPage },
              },
              {
                path: paths.structures.pattern,
                loader: exigerSessionAJour,
                lazy: { Component: async () => (await import('./routes/structures')).StructuresPage },
              },
              {
                path: paths.creerStructure.pattern,
                lazy: {
                  Component: async () => (await import('./routes/creer-structure')).CreerStructurePage,
                },
              },
              {
                path: paths.demanderRattachement.pattern,
                lazy: {
                  Component: async () =>
                    (await import('./routes/demander-rattachement')).DemanderRattachementPage,
                },
              },
              {
                path: paths.structure.pattern,
                lazy: { Component: async () => (await import('./routes/structure')).StructurePage },
              },
              {
                path: paths.approbations.pattern,
                lazy: { Component: async () => (await import('./routes/approbations')).ApprobationsPage },
              },
              {
                path: paths.approbation.pattern,
                lazy: { Component: async () => (await import('./routes/approbation')).ApprobationPage },
              },
              {
                path: paths.monCompte.pattern,
                lazy: { Component: async () => (await import('./routes/mon-compte')).MonComptePage },
              },
            ],
          },
          {
            path: paths.connexion.pattern,
            lazy: { Component: async () => (await import('./routes/connexion')).ConnexionPage },
          },
          {
            path: paths.creerUnCompte.pattern,
            lazy: { Component: async () => (await import('./routes/creer-un-compte')).CreerUnComptePage },
          },
          {
            path: paths.activation.pattern,
            lazy: { Component: async () => (await import('./routes/activation')).ActivationPage },
          },
          {
            path: paths.motDePasseOublie.pattern,
            lazy: {
              Component: async () => (await import('./routes/mot-de-passe-oublie')).MotDePasseOubliePage,
            },
          },
          {
            path: paths.reinitialisation.pattern,
            lazy: { Component: async () => (await import('./routes/reinitialisation')).ReinitialisationPage },
          },
          {
            path: paths.boiteMail.pattern,
            lazy: { Component: async () => (await import('./routes/boite-mail')).BoiteMailPage },
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
