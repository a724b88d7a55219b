import { PageHeader } from '../../components/page-header';
import { FacturesAValider } from '../../features/factures/components/factures-a-valider';

export function FacturesAValiderPage() {
  return (
    <>
      <PageHeader
        title="Factures à valider"
        lead="Les factures de vos sous-traitants et cotraitants, à valider ou refuser sous 15 jours avant leur envoi au destinataire."
      />
      <FacturesAValider />
    </>
  );
}
