import { Link } from 'react-router';
import { paths } from '../../../config/paths';

/** For a user attached to no structure yet: invoices are issued on behalf of one. */
export function AucuneStructure() {
  return (
    <div className="panel">
      <h2 className="panel__title">Vous n’êtes rattaché(e) à aucune structure</h2>
      <p>
        Les factures sont émises au nom d’une structure. Créez la vôtre ou demandez à y être rattaché(e)
        depuis <Link to={paths.structures.href()}>Structures</Link>.
      </p>
    </div>
  );
}
