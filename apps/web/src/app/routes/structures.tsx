import { ComingSoon } from '../../components/coming-soon';
import { PageHeader } from '../../components/page-header';

export function StructuresPage() {
  return (
    <>
      <PageHeader
        title="Structures"
        lead="Les structures que vous gérez, leurs services et leurs utilisateurs."
      />
      <ComingSoon
        features={[
          'créer une structure de test (entreprise ou entité publique) ;',
          'gérer ses services et ses paramètres de réception ;',
          'gérer les gestionnaires et utilisateurs rattachés.',
        ]}
      />
    </>
  );
}
