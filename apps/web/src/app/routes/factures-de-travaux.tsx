import { ComingSoon } from '../../components/coming-soon';
import { PageHeader } from '../../components/page-header';

export function FacturesDeTravauxPage() {
  return (
    <>
      <PageHeader
        title="Factures de travaux"
        lead="Les projets de décompte des marchés de travaux et leur circuit de validation."
      />
      <ComingSoon
        features={[
          'déposer un projet de décompte mensuel ou final ;',
          'suivre sa validation par la maîtrise d’œuvre puis la maîtrise d’ouvrage ;',
          'consulter les états d’acompte et les décomptes généraux.',
        ]}
      />
    </>
  );
}
