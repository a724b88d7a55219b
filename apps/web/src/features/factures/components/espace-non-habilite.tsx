import { type Espace, LIBELLES_ESPACE } from '@choral/contracts';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

/** Shown instead of an espace's page to a member who does not hold its habilitation. */
export function EspaceNonHabilite({ espace }: { espace: Espace }) {
  return (
    <div className="panel">
      <h2 className="panel__title">Vous n’avez pas l’habilitation « {LIBELLES_ESPACE[espace]} »</h2>
      <p>
        Vos structures ne vous ont pas ouvert cet espace. Demandez cette habilitation depuis{' '}
        <Link to={paths.monCompte.href()}>Mon compte, Mes habilitations</Link> : un gestionnaire de la
        structure l’approuvera.
      </p>
    </div>
  );
}
