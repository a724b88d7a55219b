import { type Approbation, type EtatDemande, EtatDemandeSchema } from '@choral/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LiveMessage } from '../../../components/live-message';
import { LoadedData } from '../../../components/loaded-data';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { formaterDateHeure, pluriel } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { listerApprobations } from '../api';
import { deciderEtConfirmer } from '../decision';
import { EtatDemandeBadge } from './etat-demande';
import { RefusDialog } from './refus-dialog';

const TOUTES = 'TOUTES';
const filtres = [
  { value: 'EN_ATTENTE', label: 'En attente' },
  { value: 'APPROUVEE', label: 'Approuvées' },
  { value: 'REFUSEE', label: 'Refusées' },
  { value: TOUTES, label: 'Toutes' },
] as const;

/** The état asked in the address (`?etat=`): pending by default, `TOUTES` for all. */
function etatDemande(valeur: string | null): EtatDemande | null {
  if (valeur === TOUTES) return null;
  const parsed = EtatDemandeSchema.safeParse(valeur);
  return parsed.success ? parsed.data : 'EN_ATTENTE';
}

function FiltreEtat({ etat }: { etat: EtatDemande | null }) {
  const [, setSearchParams] = useSearchParams();
  const [choix, setChoix] = useState<string>(etat ?? TOUTES);
  return (
    <form
      className="filter-bar"
      onSubmit={(event) => {
        event.preventDefault();
        setSearchParams(choix === 'EN_ATTENTE' ? {} : { etat: choix });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="filtre-etat">
          État
        </label>
        <select
          id="filtre-etat"
          className="field__input field__select"
          value={choix}
          onChange={(e) => setChoix(e.target.value)}
        >
          {filtres.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Filtrer
      </button>
    </form>
  );
}

function services(a: Approbation): string {
  return a.services.length > 0 ? a.services.map((s) => `${s.libelle} (${s.code})`).join(', ') : 'Tous';
}

/** The requests awaiting my decision (or decided), with bulk approval and refusal. */
export function ApprobationsList() {
  const [searchParams] = useSearchParams();
  const etat = etatDemande(searchParams.get('etat'));
  const { state, recharger } = useApiData(etat ?? TOUTES, (signal) => listerApprobations(etat, signal));
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [refus, setRefus] = useState<number[] | null>(null);
  const [message, setMessage] = useState<{ texte: string; tone: 'success' | 'error' } | null>(null);

  const decidables = state.statut === 'pret' ? state.donnees.filter((a) => a.etat === 'EN_ATTENTE') : [];
  const choisies = decidables.filter((a) => selection.has(a.id)).map((a) => a.id);
  const toutes = decidables.length > 0 && choisies.length === decidables.length;

  const fait = (texte: string) => {
    setRefus(null);
    setSelection(new Set());
    setMessage({ texte, tone: 'success' });
    recharger();
  };
  const exigerSelection = (): boolean => {
    if (choisies.length > 0) return true;
    setMessage({ texte: 'Sélectionnez au moins une demande en cochant sa case.', tone: 'error' });
    return false;
  };
  const approuver = async () => {
    if (!exigerSelection()) return;
    try {
      fait(await deciderEtConfirmer(choisies, 'APPROUVER'));
    } catch (error) {
      setMessage({
        texte: isApiError(error) ? error.detail : 'Une erreur inattendue est survenue.',
        tone: 'error',
      });
      recharger();
    }
  };
  const basculer = (id: number, coche: boolean) =>
    setSelection((avant) => {
      const apres = new Set(avant);
      if (coche) apres.add(id);
      else apres.delete(id);
      return apres;
    });

  return (
    <>
      <FiltreEtat key={etat ?? TOUTES} etat={etat} />
      <LiveMessage message={message?.tone === 'success' ? message.texte : null} />
      <LiveMessage message={message?.tone === 'error' ? message.texte : null} tone="error" />
      <LoadedData state={state} onRetry={recharger} what="les demandes">
        {(approbations) =>
          approbations.length === 0 ? (
            <p className="empty-state">
              Aucune demande {etat === 'EN_ATTENTE' ? 'en attente' : 'à afficher'}.
            </p>
          ) : (
            <>
              <div className="table-wrapper">
                <table className="table table--selectable">
                  <caption className="table__caption">{pluriel(approbations.length, 'demande')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="table__select">
                        {decidables.length > 0 ? (
                          <input
                            type="checkbox"
                            aria-label="Sélectionner toutes les demandes en attente"
                            checked={toutes}
                            onChange={(e) =>
                              setSelection(new Set(e.target.checked ? decidables.map((a) => a.id) : []))
                            }
                          />
                        ) : (
                          <span className="visually-hidden">Sélection</span>
                        )}
                      </th>
                      <th scope="col">État</th>
                      <th scope="col">Description</th>
                      <th scope="col">Demandeur</th>
                      <th scope="col">Structure</th>
                      <th scope="col">Service</th>
                      <th scope="col">Date de la demande</th>
                    </tr>
                  </thead>
                  <tbody>
                    {approbations.map((a) => (
                      <tr key={a.id} data-selected={selection.has(a.id) || undefined}>
                        <td className="table__select">
                          {a.etat === 'EN_ATTENTE' ? (
                            <input
                              type="checkbox"
                              aria-label={`Sélectionner la demande de ${a.demandeur.prenom} ${a.demandeur.nom} (${a.structure.raisonSociale})`}
                              checked={selection.has(a.id)}
                              onChange={(e) => basculer(a.id, e.target.checked)}
                            />
                          ) : null}
                        </td>
                        <td>
                          <EtatDemandeBadge etat={a.etat} />
                        </td>
                        <td>
                          <Link to={paths.approbation.href(a.id)}>{a.description}</Link>
                        </td>
                        <td>
                          {a.demandeur.prenom} {a.demandeur.nom}
                          <span className="table__secondary">{a.demandeur.email}</span>
                        </td>
                        <td>
                          {a.structure.raisonSociale}
                          <span className="table__secondary">{a.structure.identifiant}</span>
                        </td>
                        <td>{services(a)}</td>
                        <td>{formaterDateHeure(a.demandeLe)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {decidables.length > 0 ? (
                <div className="bulk-bar">
                  <p className="bulk-bar__count">
                    {pluriel(choisies.length, 'demande sélectionnée', 'demandes sélectionnées')}
                  </p>
                  <button type="button" className="button" onClick={approuver}>
                    Approuver
                  </button>
                  <button
                    type="button"
                    className="button button--danger-secondary"
                    onClick={() => {
                      if (exigerSelection()) {
                        setMessage(null);
                        setRefus(choisies);
                      }
                    }}
                  >
                    Refuser
                  </button>
                </div>
              ) : null}
            </>
          )
        }
      </LoadedData>
      <RefusDialog ids={refus} onClose={() => setRefus(null)} onDone={fait} />
    </>
  );
}
