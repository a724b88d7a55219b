import { calculerTotaux, LigneSaisieSchema } from '@choral/contracts';
import { useMemo } from 'react';
import { MessageErreur, SelectField, TextField } from '../../../components/form/fields';
import { formaterMontant } from '../../../lib/format';
import type { FactureForm } from '../use-facture-form';
import {
  type ChampLigne,
  cleLigne,
  labelLigne,
  ligneVide,
  nombreDeLignes,
  sansLigne,
} from '../valeurs-formulaire';

/** UN/ECE Rec 20 units a manual entry offers. */
const UNITES = [
  { value: 'C62', label: 'Unité' },
  { value: 'HUR', label: 'Heure' },
  { value: 'DAY', label: 'Jour' },
  { value: 'MON', label: 'Mois' },
  { value: 'KGM', label: 'Kilogramme' },
  { value: 'TNE', label: 'Tonne' },
  { value: 'MTR', label: 'Mètre' },
  { value: 'MTK', label: 'Mètre carré' },
  { value: 'LTR', label: 'Litre' },
  { value: 'LS', label: 'Forfait' },
];
/** VAT rates in force in France (mainland and overseas). */
const TAUX = ['20', '10', '8.5', '5.5', '2.1', '0'].map((value) => ({
  value,
  label: `${value.replace('.', ',')} %`,
}));

/** The offered options, plus the current value if it is another one (a draft typed elsewhere). */
function avecValeur(options: readonly { value: string; label: string }[], valeur: string) {
  return options.some((o) => o.value === valeur) || valeur === ''
    ? options
    : [...options, { value: valeur, label: valeur }];
}

function focaliser(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

const euros = (montant: string) => formaterMontant(montant);

/**
 * « Saisir une facture »: its lines, then the VAT summary and totals computed as the user types,
 * with the server's own function (exact decimals); a line not yet complete is left out.
 */
export function LignesSection({ form }: { form: FactureForm }) {
  const n = nombreDeLignes(form.values, 'lignes');
  const ajouterId = form.fieldId('lignes');
  const erreurListe = form.bind('lignes').error;
  const v = (i: number, champ: ChampLigne) => form.values[cleLigne(i, champ)] ?? '';

  const calcul = useMemo(() => {
    const lignes = Array.from({ length: n }, (_, i) =>
      LigneSaisieSchema.safeParse({
        designation: form.values[cleLigne(i, 'designation')],
        quantite: form.values[cleLigne(i, 'quantite')],
        unite: form.values[cleLigne(i, 'unite')],
        prixUnitaireHt: form.values[cleLigne(i, 'prixUnitaireHt')],
        remise: form.values[cleLigne(i, 'remise')] || null,
        tauxTva: form.values[cleLigne(i, 'tauxTva')],
      }),
    );
    const completes = lignes.flatMap((l, i) => (l.success ? [{ i, ligne: l.data }] : []));
    const totaux = calculerTotaux(completes.map((c) => c.ligne));
    const montantParLigne = new Map(completes.map((c, k) => [c.i, totaux.montantsLignes[k] ?? null]));
    return { totaux, montantParLigne, incompletes: lignes.length - completes.length };
  }, [form.values, n]);

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Lignes de la facture</legend>
      <p className="field__hint">
        Quantités et prix avec un point décimal : 1.5 ; la remise est un montant HT retiré de la ligne.
      </p>
      <MessageErreur message={erreurListe} />
      {Array.from({ length: n }, (_, i) => {
        const montant = calcul.montantParLigne.get(i);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are identified by their position, as in the payload.
          <fieldset key={i} className="fieldset fieldset--row">
            <legend className="fieldset__legend">Ligne {i + 1}</legend>
            <TextField
              field={form.bind(cleLigne(i, 'designation'))}
              label={labelLigne('designation')}
              required
            />
            <div className="field-row field-row--dense">
              <TextField
                field={form.bind(cleLigne(i, 'quantite'))}
                label={labelLigne('quantite')}
                required
                inputMode="decimal"
                autoComplete="off"
              />
              <SelectField
                field={form.bind(cleLigne(i, 'unite'))}
                label={labelLigne('unite')}
                options={avecValeur(UNITES, v(i, 'unite'))}
              />
              <TextField
                field={form.bind(cleLigne(i, 'prixUnitaireHt'))}
                label={labelLigne('prixUnitaireHt')}
                required
                inputMode="decimal"
                autoComplete="off"
              />
              <TextField
                field={form.bind(cleLigne(i, 'remise'))}
                label={labelLigne('remise')}
                inputMode="decimal"
                autoComplete="off"
              />
              <SelectField
                field={form.bind(cleLigne(i, 'tauxTva'))}
                label={labelLigne('tauxTva')}
                options={avecValeur(TAUX, v(i, 'tauxTva'))}
                required
              />
            </div>
            <div className="ligne__pied">
              <p className="ligne__montant">
                Montant HT de la ligne {i + 1} : {montant ? euros(montant) : 'à compléter'}
              </p>
              {n > 1 ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    form.update((valeurs) => sansLigne(valeurs, 'lignes', i));
                    focaliser(ajouterId);
                  }}
                >
                  Supprimer la ligne {i + 1}
                </button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <div>
        <button
          id={ajouterId}
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            form.update((valeurs) => ({ ...valeurs, ...ligneVide(n) }));
            focaliser(form.fieldId(cleLigne(n, 'designation')));
          }}
        >
          Ajouter une ligne
        </button>
      </div>
      <TotauxSaisie totaux={calcul.totaux} incompletes={calcul.incompletes} />
    </fieldset>
  );
}

function TotauxSaisie({
  totaux,
  incompletes,
}: {
  totaux: ReturnType<typeof calculerTotaux>;
  incompletes: number;
}) {
  return (
    <section className="totaux" aria-labelledby="totaux-saisie">
      <h3 id="totaux-saisie" className="fieldset__subtitle">
        Récapitulatif de TVA et totaux
      </h3>
      <p className="field__hint">
        Calculés à chaque saisie, comme le portail les enregistrera.
        {incompletes > 0 ? ' Les lignes incomplètes ne sont pas comptées.' : ''}
      </p>
      <div className="table-wrapper">
        <table className="table">
          <caption className="visually-hidden">Récapitulatif de TVA par taux</caption>
          <thead>
            <tr>
              <th scope="col">Taux de TVA</th>
              <th scope="col" className="table__nombre">
                Base HT
              </th>
              <th scope="col" className="table__nombre">
                Montant de TVA
              </th>
            </tr>
          </thead>
          <tbody>
            {totaux.recapitulatifTva.length === 0 ? (
              <tr>
                <td colSpan={3}>Aucune ligne complète pour l’instant.</td>
              </tr>
            ) : (
              totaux.recapitulatifTva.map((ligne) => (
                <tr key={ligne.taux}>
                  <th scope="row">{ligne.taux.replace('.', ',')} %</th>
                  <td className="table__nombre">{euros(ligne.baseHt)}</td>
                  <td className="table__nombre">{euros(ligne.montantTva)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <dl className="totaux__liste">
        <div>
          <dt>Total HT</dt>
          <dd>{euros(totaux.montantHt)}</dd>
        </div>
        <div>
          <dt>Total TVA</dt>
          <dd>{euros(totaux.montantTva)}</dd>
        </div>
        <div className="totaux__ttc">
          <dt>Total TTC</dt>
          <dd>{euros(totaux.montantTtc)}</dd>
        </div>
      </dl>
    </section>
  );
}
