import type { FluxResume } from '@choral/contracts';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formaterDateHeure, pluriel } from '../../../lib/format';
import { urlCompteRendu } from '../api';
import { EtatFluxBadge } from './etat-flux-badge';

/** One page of « Suivi des flux »: each flux, its file, syntax, state, invoices and compte rendu. */
export function TableauFlux({ caption, flux }: { caption: string; flux: readonly FluxResume[] }) {
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Numéro de flux</th>
            <th scope="col">Déposé le</th>
            <th scope="col">Fichier</th>
            <th scope="col">Syntaxe</th>
            <th scope="col">État</th>
            <th scope="col">Factures</th>
            <th scope="col">Compte rendu</th>
          </tr>
        </thead>
        <tbody>
          {flux.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <Link to={paths.flux.href(f.id)} className="table__code">
                  {f.numero}
                </Link>
                <span className="table__secondary">{f.libelleCanal}</span>
              </th>
              <td>{formaterDateHeure(f.dateDepot)}</td>
              <td>{f.nomFichier}</td>
              <td>{f.libelleSyntaxe}</td>
              <td>
                <EtatFluxBadge flux={f} />
              </td>
              <td>
                {pluriel(f.facturesIntegrees, 'intégrée')}
                <span className="table__secondary">{pluriel(f.facturesRejetees, 'rejetée')}</span>
              </td>
              <td>
                <a href={urlCompteRendu(f.id)} download>
                  Compte rendu (PDF)<span className="visually-hidden"> du flux {f.numero}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
