import { PageHeader } from '../../components/page-header';
import { CreerStructureForm } from '../../features/structures/components/creer-structure-form';

export function CreerStructurePage() {
  return (
    <>
      <PageHeader
        title="Créer une structure"
        lead="Inscrivez votre entreprise (structure privée) : vous en deviendrez le gestionnaire principal."
      />
      <div className="narrow">
        <CreerStructureForm />
      </div>
    </>
  );
}
