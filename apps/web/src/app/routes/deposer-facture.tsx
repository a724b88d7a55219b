import { PageHeader } from '../../components/page-header';
import { Stepper, titreEtape } from '../../components/stepper';
import { AucuneStructure } from '../../features/factures/components/aucune-structure';
import { ETAPES_DEPOT } from '../../features/factures/components/brouillon-depot';
import { DepotFichierForm } from '../../features/factures/components/depot-fichier-form';
import { EspaceNonHabilite } from '../../features/factures/components/espace-non-habilite';
import { useStructureCourante } from '../../features/factures/structure-courante';

export function DeposerFacturePage() {
  const { courante, nonHabilite } = useStructureCourante('FACTURES_EMISES');
  return (
    <>
      <PageHeader
        title="Déposer une facture"
        documentTitle={`${titreEtape(ETAPES_DEPOT, 0)} — Déposer une facture`}
        lead={courante ? `Au nom de ${courante.raisonSociale} (${courante.identifiant}).` : undefined}
      />
      {courante ? (
        <>
          <Stepper steps={ETAPES_DEPOT} current={0} label="Étapes du dépôt" />
          <h2 className="section__title etape__titre">{titreEtape(ETAPES_DEPOT, 0)}</h2>
          <DepotFichierForm structureId={courante.structureId} />
        </>
      ) : nonHabilite ? (
        <EspaceNonHabilite espace="FACTURES_EMISES" />
      ) : (
        <AucuneStructure />
      )}
    </>
  );
}
