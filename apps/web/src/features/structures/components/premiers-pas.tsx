import { Link } from 'react-router';
import { paths } from '../../../config/paths';

/** For a user without any structure: the two ways to start. */
export function PremiersPas() {
  return (
    <section className="section" aria-labelledby="premiers-pas">
      <h2 id="premiers-pas" className="section__title">
        Vous n’êtes rattaché(e) à aucune structure
      </h2>
      <p>Pour émettre ou recevoir des factures, choisissez comment commencer :</p>
      <ul className="card-grid">
        <li className="card">
          <h3 className="card__title">
            <Link className="card__link" to={paths.creerStructure.href()}>
              Créer une structure
            </Link>
          </h3>
          <p className="card__text">
            Votre entreprise n’est pas encore inscrite : créez-la, vous en serez le gestionnaire principal.
          </p>
        </li>
        <li className="card">
          <h3 className="card__title">
            <Link className="card__link" to={paths.demanderRattachement.href()}>
              Demander un rattachement
            </Link>
          </h3>
          <p className="card__text">
            Votre structure existe déjà : demandez à ses gestionnaires de vous y rattacher.
          </p>
        </li>
      </ul>
    </section>
  );
}
