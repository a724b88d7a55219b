import { Link, useLocation, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { ConnexionForm } from '../../features/comptes/components/connexion-form';

/** Only a path of this site (`/…`, not `//host`), so that the link cannot send the user elsewhere. */
function retourSur(valeur: string | null): string {
  return valeur?.startsWith('/') && !valeur.startsWith('//') ? valeur : paths.home.href();
}

export function ConnexionPage() {
  const [searchParams] = useSearchParams();
  const { state } = useLocation();
  const deconnecte = (state as { deconnecte?: boolean } | null)?.deconnecte === true;
  const retour = searchParams.get('retour');
  return (
    <>
      <PageHeader title="Se connecter" lead="Accédez à vos factures, vos structures et vos approbations." />
      <div className="narrow">
        {deconnecte ? <Alert tone="success" title="Vous êtes déconnecté(e)." /> : null}
        {retour ? <Alert tone="info" title="Connectez-vous pour accéder à cette page." /> : null}
        <ConnexionForm retour={retourSur(retour)} />
        <section className="section" aria-labelledby="pas-de-compte">
          <h2 id="pas-de-compte" className="section__title">
            Pas encore de compte ?
          </h2>
          <p>
            <Link className="button button--secondary" to={paths.creerUnCompte.href()}>
              Créer un compte
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
