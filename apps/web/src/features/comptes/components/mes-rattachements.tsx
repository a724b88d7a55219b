import type { MonRattachement } from '@choral/contracts';
import { Link } from 'react-router';
import { libelleRole } from '../../../config/libelles';
import { paths } from '../../../config/paths';

export function MesRattachements({ rattachements }: { rattachements: readonly MonRattachement[] }) {
  if (rattachements.length === 0) {
    return (
      <p>
        Vous n’êtes rattaché(e) à aucune structure.{' '}
        <Link to={paths.structures.href()}>Créez une structure ou demandez un rattachement</Link>.
      </p>
    );
  }
  return (
    <ul className="bullet-list">
      {rattachements.map((r) => (
        <li key={r.structureId}>
          <Link to={paths.structure.href(r.structureId)}>{r.raisonSociale}</Link> ({r.identifiant}) :{' '}
          {libelleRole[r.role].toLowerCase()}
          {r.services.length > 0 ? `, services ${r.services.map((s) => s.code).join(', ')}` : ''}
        </li>
      ))}
    </ul>
  );
}
