import { ComingSoon } from '../../components/coming-soon';
import { PageHeader } from '../../components/page-header';

export function MonComptePage() {
  return (
    <>
      <PageHeader
        title="Mon compte"
        lead="Vos informations personnelles, vos rattachements et vos préférences."
      />
      <ComingSoon
        features={[
          'modifier vos coordonnées et votre mot de passe ;',
          'voir les structures auxquelles vous êtes rattaché ;',
          'régler vos notifications.',
        ]}
      />
    </>
  );
}
