import { PageHeader } from '../../components/page-header';
import { AucuneStructure } from '../../features/factures/components/aucune-structure';
import { EspaceNonHabilite } from '../../features/factures/components/espace-non-habilite';
import { SaisieFacture } from '../../features/factures/components/saisie-facture';
import { useStructureCourante } from '../../features/factures/structure-courante';

export function SaisirFacturePage() {
  const { courante, nonHabilite } = useStructureCourante('FACTURES_EMISES');
  if (!courante) {
    return (
      <>
        <PageHeader title="Saisir une facture" />
        {nonHabilite ? <EspaceNonHabilite espace="FACTURES_EMISES" /> : <AucuneStructure />}
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
