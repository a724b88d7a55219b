import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { DefinirMotDePasse } from '../../features/comptes/components/definir-mot-de-passe';

export function ActivationPage() {
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeader
        title="Activer mon compte"
        documentTitle="Activation du compte"
        lead="Choisissez le mot de passe de votre compte pour l’activer."
      />
      <div className="narrow">
        <DefinirMotDePasse lien="activation" jeton={searchParams.get('jeton')} />
      </div>
    </>
  );
}
