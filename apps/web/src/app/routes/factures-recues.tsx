import { PageHeader } from '../../components/page-header';
import { FacturesRecues } from '../../features/factures/components/factures-recues';

export function FacturesRecuesPage() {
  return (
    <>
      <PageHeader
        title="Factures reçues"
        lead="Les factures adressées à vos structures et à vos services, à traiter ou déjà traitées."
      />
      <FacturesRecues />
    </>
  );
}
