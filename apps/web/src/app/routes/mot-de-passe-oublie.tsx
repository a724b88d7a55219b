import { PageHeader } from '../../components/page-header';
import { DemandeLienForm } from '../../features/comptes/components/demande-lien-form';

export function MotDePasseOubliePage() {
  return (
    <>
      <PageHeader
        title="Mot de passe oublié"
        lead="Indiquez l’adresse de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe."
      />
      <div className="narrow">
        <DemandeLienForm lien="reinitialisation" submitLabel="Recevoir un lien" />
      </div>
    </>
  );
}
