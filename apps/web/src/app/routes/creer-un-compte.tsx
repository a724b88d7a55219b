import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { CreerCompteForm } from '../../features/comptes/components/creer-compte-form';

export function CreerUnComptePage() {
  return (
    <>
      <PageHeader
        title="Créer un compte"
        lead="Un compte vous permet de déposer et de suivre des factures de test, seul ou pour vos structures."
      />
      <div className="narrow">
        <CreerCompteForm />
        <p className="section">
          Vous avez déjà un compte ? <Link to={paths.connexion.href()}>Se connecter</Link>
        </p>
      </div>
    </>
  );
}
