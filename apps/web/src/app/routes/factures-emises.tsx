import { useLocation } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { FacturesEmisesList } from '../../features/factures/components/factures-emises-list';

export function FacturesEmisesPage() {
  const { state } = useLocation();
  const confirmation = (state as { confirmation?: string } | null)?.confirmation ?? null;
  return (
    <>
      <PageHeader title="Factures émises" lead="Vos brouillons et factures déposées, avec leur statut." />
      <FacturesEmisesList confirmation={confirmation} />
    </>
  );
}
