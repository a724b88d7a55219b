import { CreerCompteBodySchema } from '@choral/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { RequiredFieldsNote, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { paths } from '../../../config/paths';
import { creerCompte } from '../api';

const labels = {
  email: 'Adresse électronique',
  emailContact: 'Adresse électronique de contact',
  prenom: 'Prénom',
  nom: 'Nom',
  telephone: 'Téléphone',
};

export function CreerCompteForm() {
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const form = useForm({
    initial: { email: '', emailContact: '', prenom: '', nom: '', telephone: '' },
    schema: CreerCompteBodySchema,
    labels,
    onSubmit: async (body) => setConfirmation((await creerCompte(body)).message),
  });

  if (confirmation) {
    return (
      <Alert tone="success" title="Votre demande de compte est enregistrée" focus>
        <p>{confirmation}</p>
        <p>
          Ouvrez le lien reçu par courriel pour activer votre compte et choisir votre mot de passe. Sur une
          instance de test, les courriels envoyés sont visibles dans la{' '}
          <Link to={paths.boiteMail.href()}>boîte mail de développement</Link>.
        </p>
      </Alert>
    );
  }

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <TextField
        field={form.bind('email')}
        label={labels.email}
        required
        type="email"
        autoComplete="email"
        hint="Elle sert à vous connecter et ne pourra plus être changée. Format attendu : nom@domaine.fr"
      />
      <TextField
        field={form.bind('emailContact')}
        label={labels.emailContact}
        type="email"
        autoComplete="email"
        hint="Facultative : l’adresse où recevoir les courriels, si elle diffère de la précédente."
      />
      <TextField field={form.bind('prenom')} label={labels.prenom} required autoComplete="given-name" />
      <TextField field={form.bind('nom')} label={labels.nom} required autoComplete="family-name" />
      <TextField
        field={form.bind('telephone')}
        label={labels.telephone}
        type="tel"
        autoComplete="tel"
        hint="Facultatif. Exemple : 01 23 45 67 89"
      />
      <div className="form__actions">
        <button type="submit" className="button">
          Créer mon compte
        </button>
      </div>
    </form>
  );
}
