import { LIBELLES_ESPACE } from '@choral/contracts';
import { Badge } from '../../../components/badge';
import { LoadedData } from '../../../components/loaded-data';
import { libelleEtatDemande, toneEtatDemande } from '../../../config/libelles';
import { formaterDateHeure } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { listerMesDemandes } from '../api';

/** « Historique de mes demandes » de rattachement, newest first. */
export function MesDemandes() {
  const { state, recharger } = useApiData('mes-demandes', listerMesDemandes);
  return (
    <LoadedData state={state} onRetry={recharger} what="vos demandes">
      {(demandes) =>
        demandes.length === 0 ? (
          <p>Vous n’avez fait aucune demande de rattachement ni d’habilitation.</p>
        ) : (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">
                Historique de mes demandes de rattachement et d’habilitation
              </caption>
              <thead>
                <tr>
                  <th scope="col">État</th>
                  <th scope="col">Structure</th>
                  <th scope="col">Objet</th>
                  <th scope="col">Services</th>
                  <th scope="col">Espaces</th>
                  <th scope="col">Date de la demande</th>
                  <th scope="col">Décision</th>
                </tr>
              </thead>
              <tbody>
                {demandes.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <Badge tone={toneEtatDemande[d.etat]}>{libelleEtatDemande[d.etat]}</Badge>
                    </td>
                    <td>
                      {d.raisonSociale}
                      <span className="table__secondary">{d.identifiant}</span>
                    </td>
                    <td>{d.objet === 'HABILITATION' ? 'Habilitation' : 'Rattachement'}</td>
                    <td>{d.services.length > 0 ? d.services.map((s) => s.libelle).join(', ') : '—'}</td>
                    <td>
                      {d.espaces.length > 0 ? d.espaces.map((e) => LIBELLES_ESPACE[e]).join(', ') : '—'}
                    </td>
                    <td>{formaterDateHeure(d.demandeLe)}</td>
                    <td>
                      {d.decideLe ? formaterDateHeure(d.decideLe) : '—'}
                      {d.commentaireDecision ? (
                        <span className="table__secondary">« {d.commentaireDecision} »</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </LoadedData>
  );
}
