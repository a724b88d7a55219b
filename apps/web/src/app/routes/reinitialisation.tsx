import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { DefinirMotDePasse } from '../../features/comptes/components/definir-mot-de-passe';

export function ReinitialisationPage() {
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeader
        title="Choisir un nouveau mot de passe"
        documentTitle="Réinitialisation du mot de passe"
        lead="Le lien reçu par courriel vous permet de choisir un nouveau mot de passe."
      />
      <div className="narrow">
        <DefinirMotDePasse lien="reinitialisation" jeton={searchParams.get('jeton')} />
      </div>
    </>
  );
}
