import { EtatFluxSchema, LIBELLES_ETAT_FLUX } from '@choral/contracts';
import { useNavigate } from 'react-router';
import { champsRemplis } from '../../../lib/champs-remplis';
import { parametresRechercheFlux, type RechercheFlux } from '../api';

/** Filters of « Suivi des flux »: a state and a deposit period; a new search starts on the first page. */
export function FiltresFlux({ structureId, recherche }: { structureId: number; recherche: RechercheFlux }) {
  const navigate = useNavigate();
  const v = recherche.filtres;
  return (
    <form
      className="form"
      aria-label="Filtrer les flux"
      onSubmit={(event) => {
        event.preventDefault();
        const filtres = champsRemplis(event.currentTarget);
        void navigate({ search: parametresRechercheFlux(structureId, { filtres, curseur: null }) });
      }}
    >
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor="filtre-etat">
            État du flux
          </label>
          <select
            id="filtre-etat"
            name="etat"
            className="field__input field__select"
            defaultValue={v.etat ?? ''}
          >
            <option value="">Tous les états</option>
            {EtatFluxSchema.options.map((etat) => (
              <option key={etat} value={etat}>
                {LIBELLES_ETAT_FLUX[etat]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="fieldset fieldset--row">
        <legend className="fieldset__legend">Période de dépôt</legend>
        <div className="field-row field-row--dense">
          {(
            [
              ['depuis', 'Du'],
              ['jusqua', 'Au'],
            ] as const
          ).map(([nom, label]) => (
            <div className="field" key={nom}>
              <label className="field__label" htmlFor={`filtre-${nom}`}>
                {label}
              </label>
              <input
                id={`filtre-${nom}`}
                name={nom}
                type="date"
                className="field__input"
                defaultValue={v[nom] ?? ''}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button">
          Rechercher
        </button>
      </div>
    </form>
  );
}
