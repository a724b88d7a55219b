import { PageHeader } from '../../components/page-header';
import { AucuneStructure } from '../../features/factures/components/aucune-structure';
import { SaisieFacture } from '../../features/factures/components/saisie-facture';
import { useStructureCourante } from '../../features/factures/structure-courante';

export function SaisirFacturePage() {
  const { courante } = useStructureCourante();
  if (!courante) {
    return (
      <>
        <PageHeader title="Saisir une facture" />
        <AucuneStructure />
      </>
    );
  }
  const fournisseur = {
    id: courante.structureId,
    identifiant: courante.identifiant,
    raisonSociale: courante.raisonSociale,
  };
  return <SaisieFacture key={fournisseur.id} facture={null} fournisseur={fournisseur} />;
}
