import { MessageErreur, TextField } from '../../../components/form/fields';
import type { FactureForm } from '../use-facture-form';
import {
  CHAMPS_TVA,
  cleTva,
  labelsFixes as labels,
  labelTva,
  nombreDeLignes,
  sansLigne,
  tvaVide,
} from '../valeurs-formulaire';

const MONTANTS = [
  'montants.montantHt',
  'montants.montantTva',
  'montants.montantTtc',
  'montants.montantAPayer',
] as const;

function focaliser(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A deposited invoice's VAT summary and totals, as read from the document (or typed for a PDF). */
export function MontantsSection({ form }: { form: FactureForm }) {
  const n = nombreDeLignes(form.values, 'recapitulatifTva');
  const ajouterId = form.fieldId('recapitulatifTva');
  const erreurListe = form.bind('recapitulatifTva').error;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Montants</legend>
      <p className="field__hint">
        Montants en euros avec deux décimales au plus, séparées par un point : 1234.50
      </p>
      <h3 className="fieldset__subtitle">Récapitulatif de TVA</h3>
      <MessageErreur message={erreurListe} />
      {Array.from({ length: n }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are identified by their position, as in the payload.
        <fieldset key={i} className="fieldset fieldset--row">
          <legend className="fieldset__legend">Taux de TVA n° {i + 1}</legend>
          <div className="field-row">
            {CHAMPS_TVA.map((champ) => (
              <TextField
                key={champ}
                field={form.bind(cleTva(i, champ))}
                label={labelTva(champ)}
                inputMode="decimal"
                autoComplete="off"
              />
            ))}
          </div>
          {n > 1 ? (
            <button
              type="button"
              className="button button--secondary button--small fieldset__action"
              onClick={() => {
                form.update((valeurs) => sansLigne(valeurs, 'recapitulatifTva', i));
                focaliser(ajouterId);
              }}
            >
              Retirer le taux de TVA n° {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div>
        <button
          id={ajouterId}
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            form.update((valeurs) => ({ ...valeurs, ...tvaVide(n) }));
            focaliser(form.fieldId(cleTva(n, 'taux')));
          }}
        >
          Ajouter un taux de TVA
        </button>
      </div>
      <h3 className="fieldset__subtitle">Totaux</h3>
      <div className="field-row">
        {MONTANTS.map((cle) => (
          <TextField
            key={cle}
            field={form.bind(cle)}
            label={labels[cle]}
            required
            inputMode="decimal"
            autoComplete="off"
          />
        ))}
      </div>
    </fieldset>
  );
}
