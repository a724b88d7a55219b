import { ComingSoon } from '../../components/coming-soon';
import { PageHeader } from '../../components/page-header';

export function FacturesEmisesPage() {
  return (
    <>
      <PageHeader title="Factures émises" lead="Vos factures déposées et brouillons, avec leur statut." />
      <ComingSoon
        features={[
          'saisir une facture ou déposer un fichier (Factur-X, UBL, CII) ;',
          'reprendre vos brouillons ;',
          'suivre le cycle de vie de chaque facture, du dépôt à la mise en paiement.',
        ]}
      />
    </>
  );
}
