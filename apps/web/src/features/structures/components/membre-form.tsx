import { type Espace, type Membre, RattacherUtilisateurBodySchema, type Structure } from '@choral/contracts';
import { CheckboxGroup, RequiredFieldsNote, SelectField, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { libelleRole } from '../../../config/libelles';
import { optionsEspaces } from '../../comptes/components/mes-habilitations';
import { inviterUtilisateur, modifierMembre } from '../api';

const labels = {
  email: 'Adresse électronique',
  role: 'Rôle',
  serviceIds: 'Services',
  espaces: 'Habilitations',
};

type MembreFormProps = {
  structure: Structure;
  /** The member to edit, or null to invite someone by e-mail (he accepts from the portal). */
  membre: Membre | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
};

/** Invite a user (« Rattacher un utilisateur »), or change a member's role and services. */
export function MembreForm({ structure, membre, onSaved, onCancel }: MembreFormProps) {
  const form = useForm({
    initial: {
      email: membre?.email ?? '',
      role: membre?.role === 'GESTIONNAIRE_SECONDAIRE' ? 'GESTIONNAIRE_SECONDAIRE' : 'UTILISATEUR',
      serviceIds: (membre?.services ?? []).map((s) => s.id) as readonly number[],
      espaces: (membre?.espaces ?? []) as readonly Espace[],
    },
    schema: RattacherUtilisateurBodySchema,
    labels,
    onSubmit: async ({ email, role, serviceIds }, { espaces }) => {
      if (membre) {
        await modifierMembre(structure.id, membre.utilisateurId, { role, serviceIds, espaces: [...espaces] });
        onSaved(
          `Le rôle, les services et les habilitations de ${membre.prenom} ${membre.nom} ont été modifiés.`,
        );
      } else {
        onSaved(
          (await inviterUtilisateur(structure.id, { email, role, serviceIds, espaces: [...espaces] }))
            .message,
        );
      }
    },
  });
  const roles = (['UTILISATEUR', 'GESTIONNAIRE_SECONDAIRE'] as const).map((value) => ({
    value,
    label: libelleRole[value],
  }));

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      {membre ? null : (
        <>
          <RequiredFieldsNote />
          <TextField
            field={form.bind('email')}
            label={labels.email}
            required
            type="email"
            autoComplete="off"
            hint="Une invitation est envoyée à cette adresse ; la personne est rattachée quand elle l’accepte depuis le portail (après avoir créé son compte si elle n’en a pas)."
          />
        </>
      )}
      {structure.actions.nommerGestionnaires ? (
        <SelectField
          field={form.bind('role')}
          label={labels.role}
          options={roles}
          hint="Un gestionnaire secondaire approuve les demandes et gère les utilisateurs ; il a accès à tous les espaces."
        />
      ) : null}
      {structure.services.length > 0 ? (
        <CheckboxGroup
          field={form.bind('serviceIds')}
          legend={labels.serviceIds}
          hint="Sans service coché, l’utilisateur voit toute la structure."
          options={structure.services.map((s) => ({ value: s.id, label: `${s.libelle} (${s.code})` }))}
        />
      ) : null}
      {membre && form.values.role === 'UTILISATEUR' ? (
        <CheckboxGroup
          field={form.bind('espaces')}
          legend={labels.espaces}
          hint="Les espaces où l’utilisateur peut agir au nom de la structure."
          options={optionsEspaces(structure.espaces)}
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button">
          {membre ? 'Enregistrer' : 'Envoyer l’invitation'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
