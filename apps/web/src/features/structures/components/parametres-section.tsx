import { ParametresStructureSchema, type Structure } from '@choral/contracts';
import { useState } from 'react';
import { CheckboxField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { LiveMessage } from '../../../components/live-message';
import { modifierParametres } from '../api';

const labels = {
  codeServiceDoitEtreRenseigne: 'Le code service doit être renseigné',
  numeroEJDoitEtreRenseigne: 'Le numéro d’engagement doit être renseigné',
  gestionNumeroEJOuCodeService: 'Le numéro d’engagement ou le code service doit être renseigné',
  statutMiseEnPaiementNestPasRemonte: 'Le statut « Mise en paiement » n’est pas remonté',
};
const noms = Object.keys(labels) as (keyof typeof labels)[];

/** The four reception parameters of a public structure: they drive the checks at deposit. */
export function ParametresSection({ structure, onChange }: { structure: Structure; onChange: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    initial: structure.parametres,
    schema: ParametresStructureSchema,
    labels,
    onSubmit: async (body) => {
      setMessage(null);
      await modifierParametres(structure.id, body);
      setMessage('Les paramètres ont été enregistrés.');
      onChange();
    },
  });
  return (
    <section className="panel panel--wide" aria-labelledby="parametres">
      <h2 id="parametres" className="panel__title">
        Paramètres de réception
      </h2>
      <LiveMessage message={message} />
      {structure.actions.modifier ? (
        <form className="form" noValidate onSubmit={form.handleSubmit}>
          <FormMessages {...form} />
          <fieldset className="fieldset">
            <legend className="visually-hidden">Paramètres de réception des factures</legend>
            {noms.map((nom) => (
              <CheckboxField key={nom} field={form.bind(nom)} label={labels[nom]} />
            ))}
          </fieldset>
          <div className="form__actions">
            <button type="submit" className="button button--secondary">
              Enregistrer les paramètres
            </button>
          </div>
        </form>
      ) : (
        <ul className="bullet-list">
          {noms.map((nom) => (
            <li key={nom}>
              {labels[nom]} : {structure.parametres[nom] ? 'oui' : 'non'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
