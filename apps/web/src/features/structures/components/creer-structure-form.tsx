import {
  CreerStructureBodySchema,
  identifiantStructureSchema,
  LIBELLES_TYPE_IDENTIFIANT,
  type TypeIdentifiant,
  TypeIdentifiantSchema,
} from '@choral/contracts';
import { useNavigate } from 'react-router';
import { RequiredFieldsNote, SelectField, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { paths } from '../../../config/paths';
import { session } from '../../../lib/session';
import { creerStructure } from '../api';
import { aideIdentifiant } from '../libelles';

const labels = {
  typeIdentifiant: 'Type d’identifiant',
  identifiant: 'Identifiant',
  raisonSociale: 'Raison sociale',
  numeroTva: 'Numéro de TVA intracommunautaire',
  adresse: 'Adresse',
  codePostal: 'Code postal',
  ville: 'Ville',
  pays: 'Pays',
};

const typeOptions = TypeIdentifiantSchema.options.map((value) => ({
  value,
  label: LIBELLES_TYPE_IDENTIFIANT[value],
}));

type Valeurs = Record<keyof typeof labels, string>;

/**
 * The contract checks the identifier against its type only once every other field is valid:
 * check it alone, for its type, so that the user sees the problem as he types.
 */
function verifierIdentifiant(values: Valeurs) {
  const seul = identifiantStructureSchema(values.typeIdentifiant as TypeIdentifiant).safeParse(
    values.identifiant,
  );
  const message = seul.success ? undefined : seul.error.issues[0]?.message;
  return message ? { identifiant: message } : {};
}

export function CreerStructureForm() {
  const navigate = useNavigate();
  const form = useForm({
    initial: {
      typeIdentifiant: 'SIRET',
      identifiant: '',
      raisonSociale: '',
      numeroTva: '',
      adresse: '',
      codePostal: '',
      ville: '',
      pays: 'FR',
    } satisfies Valeurs,
    schema: CreerStructureBodySchema,
    labels,
    validate: verifierIdentifiant,
    onSubmit: async (body) => {
      const structure = await creerStructure(body);
      await session.recharger();
      await navigate(paths.structure.href(structure.id), {
        state: {
          confirmation: `La structure ${structure.raisonSociale} a été créée. Vous en êtes le gestionnaire principal.`,
        },
      });
    },
  });
  const type = form.values.typeIdentifiant as TypeIdentifiant;

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Identification</legend>
        <SelectField
          field={form.bind('typeIdentifiant')}
          label={labels.typeIdentifiant}
          options={typeOptions}
          required
        />
        <TextField
          field={form.bind('identifiant')}
          label={labels.identifiant}
          required
          hint={aideIdentifiant[type]}
          inputMode={type === 'SIRET' ? 'numeric' : 'text'}
          autoComplete="off"
          width="medium"
        />
        <TextField
          field={form.bind('raisonSociale')}
          label={labels.raisonSociale}
          required
          autoComplete="organization"
        />
        <TextField
          field={form.bind('numeroTva')}
          label={labels.numeroTva}
          hint="Facultatif. Exemple : FR29843123456"
          autoComplete="off"
          width="medium"
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Adresse</legend>
        <TextField
          field={form.bind('adresse')}
          label={labels.adresse}
          required
          autoComplete="street-address"
        />
        <TextField
          field={form.bind('codePostal')}
          label={labels.codePostal}
          required
          autoComplete="postal-code"
          width="short"
        />
        <TextField field={form.bind('ville')} label={labels.ville} required autoComplete="address-level2" />
        <TextField
          field={form.bind('pays')}
          label={labels.pays}
          required
          hint="Code pays à deux lettres : FR pour la France."
          autoComplete="country"
          width="short"
        />
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button">
          Créer la structure
        </button>
      </div>
    </form>
  );
}
