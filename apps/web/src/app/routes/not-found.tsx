import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';

export function NotFoundPage() {
  return (
    <>
      <PageHeader
        title="Page introuvable"
        lead="L’adresse demandée ne correspond à aucune page de Choral. Elle a pu être mal saisie ou déplacée."
      />
      <p>
        <Link className="button" to={paths.home.href()}>
          Retour à l’accueil
        </Link>
      </p>
    </>
  );
}
