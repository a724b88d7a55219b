import type { MonRattachement } from '@choral/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { LoadedData } from '../../../components/loaded-data';
import { paths } from '../../../config/paths';
import { formaterDateHeure, formaterJour, formaterMontant } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { listerFacturesEmises } from '../api';
import { useStructureCourante } from '../structure-courante';
import { AucuneStructure } from './aucune-structure';
import { StatutBadge } from './statut-badge';

/** « Afficher » rather than a change on selection: the page does not move while the user chooses. */
function ChoixStructure({
  structures,
  courante,
}: {
  structures: readonly MonRattachement[];
  courante: number;
}) {
  const navigate = useNavigate();
  const [choix, setChoix] = useState(String(courante));
  return (
    <form
      className="inline-form filter-bar"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(paths.facturesEmises.href(Number(choix)));
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="structure-emettrice">
          Structure émettrice
        </label>
        <select
          id="structure-emettrice"
          className="field__input field__select"
          value={choix}
          onChange={(event) => setChoix(event.target.value)}
        >
          {structures.map((s) => (
            <option key={s.structureId} value={s.structureId}>
              {s.raisonSociale} ({s.identifiant})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Afficher
      </button>
    </form>
  );
}

/** « Factures émises »: the structure's drafts then its deposits, newest first. */
export function FacturesEmisesList({ confirmation }: { confirmation: string | null }) {
  const { rattachements, courante } = useStructureCourante();
  const structureId = courante?.structureId ?? 0;
  const { state, recharger } = useApiData(`factures-emises-${structureId}`, (signal) =>
    structureId ? listerFacturesEmises(structureId, signal) : Promise.resolve([]),
  );
  if (!courante) return <AucuneStructure />;

  return (
    <>
      {confirmation ? <Alert tone="success" title={confirmation} /> : null}
      {rattachements.length > 1 ? <ChoixStructure structures={rattachements} courante={structureId} /> : null}
      <div className="actions">
        <Link className="button" to={paths.deposerFacture.href(structureId)}>
          Déposer une facture
        </Link>
        <Link className="button button--secondary" to={paths.saisirFacture.href(structureId)}>
          Saisir une facture
        </Link>
      </div>
      <section className="section" aria-labelledby="liste-factures">
        <h2 id="liste-factures" className="section__title">
          Factures de {courante.raisonSociale}
        </h2>
        <LoadedData state={state} onRetry={recharger} what="les factures">
          {(factures) =>
            factures.length === 0 ? (
              <p className="empty-state">
                Aucune facture pour l’instant : déposez un fichier ou saisissez votre première facture.
              </p>
            ) : (
              <div className="table-wrapper">
                <table className="table">
                  <caption className="visually-hidden">
                    Factures émises et brouillons de {courante.raisonSociale}, les brouillons puis les plus
                    récentes
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Numéro</th>
                      <th scope="col">Destinataire</th>
                      <th scope="col">Date de facture</th>
                      <th scope="col" className="table__nombre">
                        Montant TTC
                      </th>
                      <th scope="col">Statut</th>
                      <th scope="col">Numéro portail</th>
                      <th scope="col">Déposée le</th>
                    </tr>
                  </thead>
                  <tbody>
                    {factures.map((f) => {
                      const brouillon = f.statut === 'BROUILLON';
                      return (
                        <tr key={f.id}>
                          <th scope="row">
                            <Link to={brouillon ? paths.brouillon.href(f.id) : paths.facture.href(f.id)}>
                              {f.numero ?? 'Sans numéro'}
                            </Link>
                            {brouillon ? (
                              <span className="table__secondary">Brouillon à reprendre</span>
                            ) : null}
                          </th>
                          <td>
                            {f.destinataire ?? 'À choisir'}
                            {f.codeService ? (
                              <span className="table__secondary">Service {f.codeService}</span>
                            ) : null}
                          </td>
                          <td>{f.dateFacture ? formaterJour(f.dateFacture) : '—'}</td>
                          <td className="table__nombre">
                            {f.montantTtc ? formaterMontant(f.montantTtc, f.devise) : '—'}
                          </td>
                          <td>
                            <StatutBadge facture={f} />
                          </td>
                          <td className="table__code">{f.numeroPortail ?? '—'}</td>
                          <td>{f.dateDepot ? formaterDateHeure(f.dateDepot) : '—'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )
          }
        </LoadedData>
      </section>
    </>
  );
}
