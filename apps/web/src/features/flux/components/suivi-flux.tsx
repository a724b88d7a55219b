import type { FluxDepose } from '@choral/contracts';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LiveMessage } from '../../../components/live-message';
import { LoadedData } from '../../../components/loaded-data';
import { PaginationCurseur } from '../../../components/pagination-curseur';
import { pluriel } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { useRechargementPeriodique } from '../../../lib/use-rechargement-periodique';
import { AucuneStructure } from '../../factures/components/aucune-structure';
import { ChoixStructure } from '../../factures/components/choix-structure';
import { EspaceNonHabilite } from '../../factures/components/espace-non-habilite';
import { useStructureCourante } from '../../factures/structure-courante';
import { lireRechercheFlux, parametresRechercheFlux, rechercherFlux } from '../api';
import { DepotFluxForm } from './depot-flux-form';
import { FiltresFlux } from './filtres-flux';
import { TableauFlux } from './tableau-flux';

/** « Suivi des flux » (Factures émises) of one of the user's structures. */
export function SuiviFlux() {
  const { rattachements, courante, nonHabilite } = useStructureCourante('FACTURES_EMISES');
  if (nonHabilite) return <EspaceNonHabilite espace="FACTURES_EMISES" />;
  if (!courante) return <AucuneStructure />;
  return (
    <>
      {rattachements.length > 1 ? (
        <ChoixStructure
          structures={rattachements}
          courante={courante.structureId}
          label="Structure émettrice"
        />
      ) : null}
      <FluxDeLaStructure
        key={courante.structureId}
        structureId={courante.structureId}
        raisonSociale={courante.raisonSociale}
      />
    </>
  );
}

/**
 * The deposit form, then the structure's flux: filtered as the URL says, reloaded every few
 * seconds while one of them is still being integrated.
 */
function FluxDeLaStructure({ structureId, raisonSociale }: { structureId: number; raisonSociale: string }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const recherche = lireRechercheFlux(params);
  const query = { structureId, ...recherche.filtres, curseur: recherche.curseur };
  const { state, recharger } = useApiData(`flux-${JSON.stringify(query)}`, (signal) =>
    rechercherFlux(query, signal),
  );
  const enCours = state.statut === 'pret' ? state.donnees.flux.filter((f) => !f.termine).length : 0;
  useRechargementPeriodique(state, enCours > 0, recharger);
  const [depot, setDepot] = useState<{ flux: FluxDepose; nomFichier: string } | null>(null);
  const filtre = Object.keys(recherche.filtres).length > 0;

  return (
    <>
      <section className="section" aria-labelledby="deposer-flux">
        <h2 id="deposer-flux" className="section__title">
          Déposer un flux
        </h2>
        <LiveMessage
          message={
            depot
              ? `Le flux « ${depot.nomFichier} » a été déposé sous le numéro ${depot.flux.numero}. Son intégration est suivie ci-dessous.`
              : null
          }
        />
        <DepotFluxForm
          structureId={structureId}
          onDepose={(flux, nomFichier) => {
            setDepot({ flux, nomFichier });
            // The new flux heads the list without filters.
            if (filtre || recherche.curseur) {
              void navigate({ search: parametresRechercheFlux(structureId, { filtres: {}, curseur: null }) });
            } else recharger();
          }}
        />
      </section>
      <section className="section" aria-labelledby="liste-flux">
        <h2 id="liste-flux" className="section__title">
          Flux de {raisonSociale}
        </h2>
        <FiltresFlux key={params.toString()} structureId={structureId} recherche={recherche} />
        <LiveMessage
          tone="info"
          message={
            enCours > 0
              ? `${pluriel(enCours, 'flux', 'flux')} en cours d’intégration : la liste se met à jour automatiquement.`
              : null
          }
        />
        <LoadedData state={state} onRetry={recharger} what="les flux">
          {({ flux, suivant }) => (
            <>
              {flux.length === 0 ? (
                <p className="empty-state">
                  {filtre
                    ? 'Aucun flux ne correspond à ces critères.'
                    : 'Aucun flux pour l’instant : déposez une facture ou un lot de factures ci-dessus, ou par l’API.'}
                </p>
              ) : (
                <TableauFlux caption={`Flux déposés pour ${raisonSociale}`} flux={flux} />
              )}
              <div className="actions">
                <PaginationCurseur
                  premiere={
                    recherche.curseur
                      ? parametresRechercheFlux(structureId, { ...recherche, curseur: null })
                      : null
                  }
                  suivante={
                    suivant
                      ? parametresRechercheFlux(structureId, { ...recherche, curseur: String(suivant) })
                      : null
                  }
                />
              </div>
            </>
          )}
        </LoadedData>
      </section>
    </>
  );
}
