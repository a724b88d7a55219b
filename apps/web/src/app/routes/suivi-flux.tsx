import { PageHeader } from '../../components/page-header';
import { SuiviFlux } from '../../features/flux/components/suivi-flux';

export function SuiviFluxPage() {
  return (
    <>
      <PageHeader
        title="Suivi des flux"
        lead="Les flux de factures déposés pour vos structures, dans le portail ou par l’API : leur état, leurs factures intégrées ou rejetées, leur compte rendu."
      />
      <SuiviFlux />
    </>
  );
}
