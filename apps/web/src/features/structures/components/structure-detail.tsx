import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { LoadedData } from '../../../components/loaded-data';
import { PageHeader } from '../../../components/page-header';
import { libelleRole } from '../../../config/libelles';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { useApiData } from '../../../lib/use-api-data';
import { RaccordementsApiSection } from '../../raccordements/components/raccordements-api-section';
import { consulterStructure } from '../api';
import { libelleTypeStructure } from '../libelles';
import { EtatSection } from './etat-section';
import { IdentiteSection } from './identite-section';
import { MembresSection } from './membres-section';
import { ParametresSection } from './parametres-section';
import { ServicesSection } from './services-section';

type StructureDetailProps = { id: number; confirmation: string | null };

/** A structure of mine: each management block appears only if `actions` allows it. */
export function StructureDetail({ id, confirmation }: StructureDetailProps) {
  const { state, recharger } = useApiData(`structure-${id}`, (signal) => consulterStructure(id, signal));

  if (state.statut === 'erreur' && isApiError(state.erreur) && state.erreur.status === 404) {
    return (
      <>
        <PageHeader title="Structure introuvable" />
        <p>Cette structure n’existe pas ou vous n’y êtes pas rattaché(e).</p>
        <p>
          <Link to={paths.structures.href()}>Retour à mes structures</Link>
        </p>
      </>
    );
  }
  return (
    <LoadedData state={state} onRetry={recharger} what="la structure">
      {(structure) => (
        <>
          <PageHeader
            title={structure.raisonSociale}
            documentTitle={`Structure ${structure.raisonSociale}`}
            lead={`${libelleTypeStructure[structure.type]} · ${structure.identifiant} · Votre rôle : ${libelleRole[structure.monRole]}`}
          />
          {confirmation ? <Alert tone="success" title={confirmation} /> : null}
          <div className="stack">
            <IdentiteSection structure={structure} onChange={recharger} />
            <EtatSection structure={structure} onChange={recharger} />
            {structure.type === 'PUBLIQUE' ? (
              <ParametresSection structure={structure} onChange={recharger} />
            ) : null}
            <ServicesSection structure={structure} onChange={recharger} />
            {structure.actions.gererUtilisateurs ? (
              <MembresSection structure={structure} onChange={recharger} />
            ) : null}
            {structure.actions.gererRaccordementsApi ? (
              <RaccordementsApiSection structure={structure} />
            ) : null}
          </div>
        </>
      )}
    </LoadedData>
  );
}
