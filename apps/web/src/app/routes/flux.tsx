import { Link, useParams } from 'react-router';
import { LoadedData } from '../../components/loaded-data';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { consulterFlux } from '../../features/flux/api';
import { FluxDetail } from '../../features/flux/components/flux-detail';
import { isApiError } from '../../lib/api-error';
import { useApiData } from '../../lib/use-api-data';
import { useRechargementPeriodique } from '../../lib/use-rechargement-periodique';
import { NotFoundPage } from './not-found';

/** One flux of « Suivi des flux », followed until its integration ends. */
function FluxCharge({ id }: { id: number }) {
  const { state, recharger } = useApiData(`flux-${id}`, (signal) => consulterFlux(id, signal));
  useRechargementPeriodique(state, state.statut === 'pret' && !state.donnees.termine, recharger);
  if (state.statut === 'erreur' && isApiError(state.erreur) && state.erreur.status === 404) {
    return (
      <>
        <PageHeader title="Flux introuvable" />
        <p>Ce flux n’existe pas ou n’appartient pas à l’une de vos structures.</p>
        <p>
          <Link to={paths.suiviFlux.href()}>Retour au suivi des flux</Link>
        </p>
      </>
    );
  }
  return (
    <LoadedData state={state} onRetry={recharger} what="ce flux">
      {(flux) => <FluxDetail flux={flux} />}
    </LoadedData>
  );
}

export function FluxPage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <FluxCharge key={id} id={id} />;
}
