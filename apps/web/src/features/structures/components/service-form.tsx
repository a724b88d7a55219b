import { type Service, ServiceBodySchema } from '@choral/contracts';
import { CheckboxField, RequiredFieldsNote, TextAreaField, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { enregistrerService } from '../api';

const labels = {
  code: 'Code',
  libelle: 'Libellé',
  description: 'Description',
  actif: 'Actif',
  dateDebutValidite: 'Début de validité',
  dateFinValidite: 'Fin de validité',
  engagementObligatoire: 'Numéro d’engagement obligatoire',
};

type ServiceFormProps = {
  structureId: number;
  /** The service to edit, or null to create one. */
  service: Service | null;
  onSaved: (service: Service) => void;
  onCancel: () => void;
};

export function ServiceForm({ structureId, service, onSaved, onCancel }: ServiceFormProps) {
  // FACTURES_PUBLIQUES keeps its code and stays active: those fields are not offered.
  const reserve = service?.reserve ?? false;
  const form = useForm({
    initial: {
      code: service?.code ?? '',
      libelle: service?.libelle ?? '',
      description: service?.description ?? '',
      actif: service?.actif ?? true,
      dateDebutValidite: service?.dateDebutValidite ?? '',
      dateFinValidite: service?.dateFinValidite ?? '',
      engagementObligatoire: service?.engagementObligatoire ?? false,
    },
    schema: ServiceBodySchema,
    // An empty date field means « no date ».
    prepare: (values) => ({
      ...values,
      dateDebutValidite: values.dateDebutValidite || null,
      dateFinValidite: values.dateFinValidite || null,
    }),
    labels,
    onSubmit: async (body) => onSaved(await enregistrerService(structureId, service?.id ?? null, body)),
  });
  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <RequiredFieldsNote />
      {reserve ? (
        <p className="field__hint">
          Service réservé aux factures entre entités publiques : son code et son état ne changent pas.
        </p>
      ) : (
        <TextField
          field={form.bind('code')}
          label={labels.code}
          required
          hint="Lettres majuscules, chiffres, tirets et soulignés. Exemple : COMPTA-FOURNISSEURS"
          autoComplete="off"
          width="medium"
        />
      )}
      <TextField field={form.bind('libelle')} label={labels.libelle} required />
      <TextAreaField field={form.bind('description')} label={labels.description} hint="Facultative." />
      <div className="field-row">
        <TextField
          field={form.bind('dateDebutValidite')}
          label={labels.dateDebutValidite}
          type="date"
          hint="Facultatif."
        />
        <TextField
          field={form.bind('dateFinValidite')}
          label={labels.dateFinValidite}
          type="date"
          hint="Facultatif."
        />
      </div>
      {reserve ? null : (
        <CheckboxField
          field={form.bind('actif')}
          label="Service actif"
          hint="Un service inactif ne reçoit plus de factures."
        />
      )}
      <CheckboxField
        field={form.bind('engagementObligatoire')}
        label={labels.engagementObligatoire}
        hint="Les factures adressées à ce service doivent porter un numéro d’engagement."
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {service ? 'Enregistrer le service' : 'Ajouter le service'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
