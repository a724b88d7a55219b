import type { MonRattachement } from '@choral/contracts';
import { Link } from 'react-router';
import { libelleRole } from '../../../config/libelles';
import { paths } from '../../../config/paths';
import { libelleTypeStructure } from '../libelles';
import { PremiersPas } from './premiers-pas';

/** My structures, with the two ways to get another one. */
export function MesStructures({ rattachements }: { rattachements: readonly MonRattachement[] }) {
  if (rattachements.length === 0) return <PremiersPas />;
  return (
    <>
      <div className="actions">
        <Link className="button" to={paths.creerStructure.href()}>
          Créer une structure
        </Link>
        <Link className="button button--secondary" to={paths.demanderRattachement.href()}>
          Demander un rattachement
        </Link>
      </div>
      <section className="section" aria-labelledby="mes-structures">
        <h2 id="mes-structures" className="section__title">
          Mes structures
        </h2>
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Structures auxquelles vous êtes rattaché(e)</caption>
            <thead>
              <tr>
                <th scope="col">Raison sociale</th>
                <th scope="col">Identifiant</th>
                <th scope="col">Type</th>
                <th scope="col">Mon rôle</th>
                <th scope="col">Mes services</th>
              </tr>
            </thead>
            <tbody>
              {rattachements.map((r) => (
                <tr key={r.structureId}>
                  <th scope="row">
                    <Link to={paths.structure.href(r.structureId)}>{r.raisonSociale}</Link>
                  </th>
                  <td>{r.identifiant}</td>
                  <td>{libelleTypeStructure[r.type]}</td>
                  <td>{libelleRole[r.role]}</td>
                  <td>{r.services.length > 0 ? r.services.map((s) => s.libelle).join(', ') : 'Tous'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
