import { CadreDepotSchema, type CompteurStatut, type Cote } from '@choral/contracts';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { champsRemplis } from '../../../lib/champs-remplis';
import { libelleCadre } from '../libelles';
import { FILTRES, parametresRecherche, type Recherche } from '../recherche';

type Props = {
  cote: Cote;
  structureId: number;
  recherche: Recherche;
  /** The statuses found for these filters (the last page's counters). */
  statuts: readonly CompteurStatut[];
};

function Champ({ nom, label, children }: { nom: string; label: string; children: ReactNode }) {
  const id = `filtre-${nom}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

function Periode({ nom, label, valeurs }: { nom: string; label: string; valeurs: Record<string, string> }) {
  return (
    <fieldset className="fieldset fieldset--row">
      <legend className="fieldset__legend">{label}</legend>
      {(['Min', 'Max'] as const).map((borne) => (
        <div className="field" key={borne}>
          <label className="field__label" htmlFor={`filtre-${nom}${borne}`}>
            {borne === 'Min' ? 'Du' : 'Au'}
          </label>
          <input
            id={`filtre-${nom}${borne}`}
            name={`${nom}${borne}`}
            type="date"
            className="field__input"
            defaultValue={valeurs[`${nom}${borne}`] ?? ''}
          />
        </div>
      ))}
    </fieldset>
  );
}

/** The search form: a new search starts from the first page, with the current sort. */
export function FiltresFactures({ cote, structureId, recherche, statuts }: Props) {
  const navigate = useNavigate();
  const v = recherche.filtres;
  const offerts = new Set(FILTRES[cote]);
  const statutChoisi = v.statut ?? '';
  const options = statuts.some((s) => s.statut === statutChoisi)
    ? statuts
    : statutChoisi
      ? [{ statut: statutChoisi, libelleStatut: statutChoisi, nombre: 0, plafonne: false }, ...statuts]
      : statuts;
  return (
    <form
      className="form"
      aria-label="Critères de recherche"
      onSubmit={(event) => {
        event.preventDefault();
        const filtres = champsRemplis(event.currentTarget);
        void navigate({
          search: parametresRecherche(structureId, { filtres, tri: recherche.tri, ordre: recherche.ordre }),
        });
      }}
    >
      <div className="field-row">
        <Champ nom="statut" label="Statut">
          <select
            id="filtre-statut"
            name="statut"
            className="field__input field__select"
            defaultValue={statutChoisi}
          >
            <option value="">Tous les statuts</option>
            {options.map((s) => (
              <option key={s.statut} value={s.statut}>
                {s.libelleStatut}
              </option>
            ))}
          </select>
        </Champ>
        <Champ nom="numero" label="Numéro de facture">
          <input id="filtre-numero" name="numero" className="field__input" defaultValue={v.numero ?? ''} />
        </Champ>
        {offerts.has('fournisseur') ? (
          <Champ nom="fournisseur" label="Fournisseur (nom ou identifiant)">
            <input
              id="filtre-fournisseur"
              name="fournisseur"
              className="field__input"
              defaultValue={v.fournisseur ?? ''}
            />
          </Champ>
        ) : null}
        {offerts.has('destinataire') ? (
          <Champ nom="destinataire" label="Destinataire (nom ou identifiant)">
            <input
              id="filtre-destinataire"
              name="destinataire"
              className="field__input"
              defaultValue={v.destinataire ?? ''}
            />
          </Champ>
        ) : null}
        {offerts.has('codeService') ? (
          <Champ nom="codeService" label="Code service">
            <input
              id="filtre-codeService"
              name="codeService"
              className="field__input"
              defaultValue={v.codeService ?? ''}
            />
          </Champ>
        ) : null}
        {offerts.has('cadre') ? (
          <Champ nom="cadre" label="Cadre de facturation">
            <select
              id="filtre-cadre"
              name="cadre"
              className="field__input field__select"
              defaultValue={v.cadre ?? ''}
            >
              <option value="">Tous les cadres</option>
              {CadreDepotSchema.options.map((cadre) => (
                <option key={cadre} value={cadre}>
                  {libelleCadre(cadre)}
                </option>
              ))}
            </select>
          </Champ>
        ) : null}
      </div>
      <div className="field-row">
        <Periode nom="dateDepot" label="Date de dépôt" valeurs={v} />
        <Periode nom="dateFacture" label="Date de facture" valeurs={v} />
        {offerts.has('dateMiseADispositionMin') ? (
          <Periode nom="dateMiseADisposition" label="Date de mise à disposition" valeurs={v} />
        ) : null}
      </div>
      <div className="field-row">
        <Champ nom="montantMin" label="Montant TTC minimum">
          <input
            id="filtre-montantMin"
            name="montantMin"
            inputMode="decimal"
            className="field__input"
            defaultValue={v.montantMin ?? ''}
          />
        </Champ>
        <Champ nom="montantMax" label="Montant TTC maximum">
          <input
            id="filtre-montantMax"
            name="montantMax"
            inputMode="decimal"
            className="field__input"
            defaultValue={v.montantMax ?? ''}
          />
        </Champ>
      </div>
      <div className="form__actions">
        <button type="submit" className="button">
          Rechercher
        </button>
      </div>
    </form>
  );
}
