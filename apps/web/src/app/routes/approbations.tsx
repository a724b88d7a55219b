import { ComingSoon } from '../../components/coming-soon';
import { PageHeader } from '../../components/page-header';

export function ApprobationsPage() {
  return (
    <>
      <PageHeader
        title="Approbations"
        lead="Les demandes de rattachement et les validations en attente de votre décision."
      />
      <ComingSoon
        features={[
          'accepter ou refuser les demandes de rattachement à vos structures ;',
          'valider les factures soumises à un circuit de validation ;',
          'consulter les décisions déjà prises.',
        ]}
      />
    </>
  );
}
