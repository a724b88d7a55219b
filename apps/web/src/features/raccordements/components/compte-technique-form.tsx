import {
  type CompteTechniqueCree,
  CreerCompteTechniqueBodySchema,
  ESPACES_API_PROPOSES,
  type Structure,
} from '@choral/contracts';
import { CheckboxGroup } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { creerCompteTechnique } from '../api';

const labels = { espaces: 'Espaces accessibles', serviceIds: 'Services' };

type CompteTechniqueFormProps = {
  structure: Structure;
  onCreated: (cree: CompteTechniqueCree) => void;
  onCancel: () => void;
};

/** A new compte technique: the espaces it may use, and the services it is limited to. */
export function CompteTechniqueForm({ structure, onCreated, onCancel }: CompteTechniqueFormProps) {
  const form = useForm({
    // Espaces are ticked by their position in ESPACES_API_PROPOSES.
    initial: { espaces: [0] as readonly number[], serviceIds: [] as readonly number[] },
    schema: CreerCompteTechniqueBodySchema,
    prepare: (values) => ({
      espaces: values.espaces.map((i) => ESPACES_API_PROPOSES[i]?.code),
      serviceIds: values.serviceIds,
    }),
    labels,
    onSubmit: async (body) => onCreated(await creerCompteTechnique(structure.id, body)),
  });

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <CheckboxGroup
        field={form.bind('espaces')}
        legend={labels.espaces}
        hint="Le compte n’agit que dans ces espaces, avec les droits d’un utilisateur simple de la structure."
        options={ESPACES_API_PROPOSES.map((e, i) => ({ value: i, label: e.libelle }))}
      />
      {structure.services.length > 0 ? (
        <CheckboxGroup
          field={form.bind('serviceIds')}
          legend={labels.serviceIds}
          hint="Sans service coché, le compte voit toute la structure."
          options={structure.services.map((s) => ({ value: s.id, label: `${s.libelle} (${s.code})` }))}
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button">
          Créer le compte technique
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
