import { ConnexionBodySchema } from '@choral/contracts';
import { Link, useNavigate } from 'react-router';
import { TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { paths } from '../../../config/paths';
import { session } from '../../../lib/session';
import { seConnecter } from '../api';

const labels = { email: 'Adresse électronique', motDePasse: 'Mot de passe' };

type ConnexionFormProps = { retour: string };

/** Sign-in; the API's message (wrong credentials, account locked) is shown as is. */
export function ConnexionForm({ retour }: ConnexionFormProps) {
  const navigate = useNavigate();
  const form = useForm({
    initial: { email: '', motDePasse: '' },
    schema: ConnexionBodySchema,
    labels,
    onSubmit: async (body) => {
      session.ouvrir(await seConnecter(body));
      await navigate(retour, { replace: true });
    },
  });

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <TextField
        field={form.bind('email')}
        label={labels.email}
        required
        type="email"
        autoComplete="username"
        hint="Format attendu : nom@domaine.fr"
      />
      <TextField
        field={form.bind('motDePasse')}
        label={labels.motDePasse}
        required
        type="password"
        autoComplete="current-password"
      />
      <p>
        <Link to={paths.motDePasseOublie.href()}>Mot de passe oublié ?</Link>
      </p>
      <div className="form__actions">
        <button type="submit" className="button">
          Se connecter
        </button>
      </div>
    </form>
  );
}
