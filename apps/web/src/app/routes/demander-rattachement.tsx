import { PageHeader } from '../../components/page-header';
import { DemanderRattachement } from '../../features/structures/components/demander-rattachement';

export function DemanderRattachementPage() {
  return (
    <>
      <PageHeader
        title="Demander un rattachement"
        lead="Retrouvez votre structure par son identifiant ou son nom : ses gestionnaires approuveront votre demande."
      />
      <div className="narrow">
        <DemanderRattachement />
      </div>
    </>
  );
}
