import { ComingSoon } from '../../components/coming-soon';
import { PageHeader } from '../../components/page-header';

export function FacturesRecuesPage() {
  return (
    <>
      <PageHeader
        title="Factures reçues"
        lead="Les factures adressées à vos structures, à traiter ou déjà traitées."
      />
      <ComingSoon
        features={[
          'consulter les factures reçues et leurs pièces jointes ;',
          'les mettre à disposition, les suspendre, les rejeter ou les mandater ;',
          'retrouver l’historique de chaque décision.',
        ]}
      />
    </>
  );
}
