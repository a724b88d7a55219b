import { MOTIFS_REFUS_VALIDATION, type TraiterFacturesResponse } from '@choral/contracts';
import { useId, useState } from 'react';
import { Alert } from '../../../components/alert';
import { MessageErreur } from '../../../components/form/fields';
import { isApiError } from '../../../lib/api-error';
import { pluriel } from '../../../lib/format';
import { traiterFactures } from '../api';
import { ACTIONS_GROUPEES, type ACTIONS_VALIDATION_GROUPEES } from '../libelles';

type ActionGroupee = (typeof ACTIONS_GROUPEES)[number] | (typeof ACTIONS_VALIDATION_GROUPEES)[number];

type Props = {
  /** The actions offered: the recipient's (default) or the valideur's. */
  actions?: readonly ActionGroupee[];
  ids: readonly number[];
  /** Number of each selected invoice, to name them in the results. */
  numeros: ReadonlyMap<number, string>;
  /** After the action: the page reloads the search. */
  onTraitees: () => void;
};

/** « Traiter » the ticked invoices: one action (with its motif), then one result per invoice. */
export function TraitementGroupe({ actions = ACTIONS_GROUPEES, ids, numeros, onTraitees }: Props) {
  const id = useId();
  const [action, setAction] = useState<ActionGroupee['action']>(actions[0]?.action ?? 'PRENDRE_EN_COMPTE');
  const [motif, setMotif] = useState('');
  const [codeMotifRefus, setCodeMotifRefus] = useState('');
  const [erreur, setErreur] = useState<string | null>(null);
  const [resultats, setResultats] = useState<{
    liste: TraiterFacturesResponse['resultats'];
    numeros: ReadonlyMap<number, string>;
  } | null>(null);
  const choisie = actions.find((a) => a.action === action) ?? ACTIONS_GROUPEES[0];
  const refus = choisie.action === 'REFUSER_VALIDATION';
  const erreurMotif = erreur && choisie.motif === 'OBLIGATOIRE' && !motif.trim() ? erreur : null;
  const erreurMotifRefus = erreur && refus && !codeMotifRefus ? erreur : null;

  return (
    <section className="panel panel--wide" aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`} className="panel__title">
        Traiter la sélection
      </h3>
      <form
        className="inline-form bulk-bar"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setErreur(null);
          setResultats(null);
          if (ids.length === 0) return setErreur('Cochez au moins une facture.');
          if (choisie.motif === 'OBLIGATOIRE' && !motif.trim()) return setErreur('Indiquez le motif.');
          if (refus && !codeMotifRefus) return setErreur('Choisissez le motif du refus.');
          try {
            const reponse = await traiterFactures({
              ids: [...ids],
              action,
              motif: motif.trim() || null,
              codeMotifRefus: refus ? codeMotifRefus : null,
            });
            // The processed invoices may leave the reloaded page: their numbers are kept here.
            setResultats({ liste: reponse.resultats, numeros });
            setMotif('');
            onTraitees();
          } catch (caught) {
            setErreur(isApiError(caught) ? caught.detail : 'Une erreur inattendue est survenue.');
          }
        }}
      >
        <p>{pluriel(ids.length, 'facture sélectionnée', 'factures sélectionnées')}</p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-action`}>
            Action
          </label>
          <select
            id={`${id}-action`}
            className="field__input field__select"
            value={action}
            onChange={(event) => setAction(event.target.value as typeof action)}
          >
            {actions.map((a) => (
              <option key={a.action} value={a.action}>
                {a.libelle}
              </option>
            ))}
          </select>
        </div>
        {refus ? (
          <div className="field" data-invalid={erreurMotifRefus ? true : undefined}>
            <label className="field__label" htmlFor={`${id}-motif-refus`}>
              Motif du refus (obligatoire)
            </label>
            <MessageErreur id={`${id}-motif-refus-erreur`} message={erreurMotifRefus} />
            <select
              id={`${id}-motif-refus`}
              className="field__input field__select"
              value={codeMotifRefus}
              aria-required
              aria-invalid={erreurMotifRefus ? true : undefined}
              aria-describedby={erreurMotifRefus ? `${id}-motif-refus-erreur` : undefined}
              onChange={(event) => setCodeMotifRefus(event.target.value)}
            >
              <option value="">Choisissez un motif</option>
              {MOTIFS_REFUS_VALIDATION.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.libelle}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {choisie.motif !== 'FACULTATIF' ? (
          <div className="field" data-invalid={erreurMotif ? true : undefined}>
            <label className="field__label" htmlFor={`${id}-motif`}>
              Motif{choisie.motif === 'RECOMMANDE' ? ' (recommandé)' : ' (obligatoire)'}
            </label>
            <MessageErreur id={`${id}-motif-erreur`} message={erreurMotif} />
            <input
              id={`${id}-motif`}
              className="field__input"
              value={motif}
              maxLength={255}
              aria-required={choisie.motif === 'OBLIGATOIRE' || undefined}
              aria-invalid={erreurMotif ? true : undefined}
              aria-describedby={erreurMotif ? `${id}-motif-erreur` : undefined}
              onChange={(event) => setMotif(event.target.value)}
            />
          </div>
        ) : null}
        <button type="submit" className="button">
          Traiter
        </button>
      </form>
      {erreur && !erreurMotif && !erreurMotifRefus ? <Alert tone="error" title={erreur} /> : null}
      {resultats ? (
        <Alert
          tone={resultats.liste.every((r) => r.ok) ? 'success' : 'error'}
          title={`${pluriel(resultats.liste.filter((r) => r.ok).length, 'facture traitée', 'factures traitées')} sur ${resultats.liste.length}`}
        >
          <ul className="bullet-list">
            {resultats.liste.map((r) => (
              <li key={r.id}>
                Facture {resultats.numeros.get(r.id) ?? r.id} : {r.ok ? 'traitée.' : `refusée — ${r.message}`}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}
