import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadedData } from '../../../components/loaded-data';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { useApiData } from '../../../lib/use-api-data';
import { consulterFacture, type FactureLue } from '../api';

/** Loads an invoice of the user's structures: « introuvable » for another one (404). */
export function FactureChargee({
  id,
  children,
}: {
  id: number;
  children: (facture: FactureLue) => ReactNode;
}) {
  const { state, recharger } = useApiData(`facture-${id}`, (signal) => consulterFacture(id, signal));
  if (state.statut === 'erreur' && isApiError(state.erreur) && state.erreur.status === 404) {
    return (
      <>
        <PageHeader title="Facture introuvable" />
        <p>Cette facture n’existe pas ou n’appartient pas à l’une de vos structures.</p>
        <p>
          <Link to={paths.facturesEmises.href()}>Retour aux factures émises</Link>
        </p>
      </>
    );
  }
  return (
    <LoadedData state={state} onRetry={recharger} what="la facture">
      {children}
    </LoadedData>
  );
}
