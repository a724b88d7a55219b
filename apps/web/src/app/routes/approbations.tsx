import { PageHeader } from '../../components/page-header';
import { ApprobationsList } from '../../features/approbations/components/approbations-list';

export function ApprobationsPage() {
  return (
    <>
      <PageHeader
        title="Approbations"
        lead="Les demandes de rattachement à vos structures : approuvez-les ou refusez-les, une par une ou par lot."
      />
      <ApprobationsList />
    </>
  );
}
