import { useState } from 'react';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { RequiredFieldsNote, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { changerMotDePasse } from '../api';
import { NouveauMotDePasseChamps } from './mot-de-passe-champs';
import { nouveauMotDePasseAvecConfirmation, verifierConfirmation } from './mot-de-passe-fields';

const labels = {
  ancienMotDePasse: 'Mot de passe actuel',
  motDePasse: 'Nouveau mot de passe',
  confirmation: 'Confirmation du nouveau mot de passe',
};

const vide = { ancienMotDePasse: '', motDePasse: '', confirmation: '' };

export function ChangerMotDePasseForm({ email }: { email: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    initial: vide,
    schema: nouveauMotDePasseAvecConfirmation(email).extend({
      ancienMotDePasse: z.string().min(1, 'Champ obligatoire.'),
    }),
    labels,
    validate: verifierConfirmation,
    serverFields: { nouveauMotDePasse: 'motDePasse' },
    onSubmit: async ({ ancienMotDePasse, motDePasse }) => {
      setMessage(null);
      const reponse = await changerMotDePasse({ ancienMotDePasse, nouveauMotDePasse: motDePasse });
      form.reset(vide);
      setMessage(reponse.message);
    },
  });

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      {message ? <Alert tone="success" title={message} focus /> : null}
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <TextField
        field={form.bind('ancienMotDePasse')}
        label={labels.ancienMotDePasse}
        required
        type="password"
        autoComplete="current-password"
      />
      <NouveauMotDePasseChamps
        motDePasse={form.bind('motDePasse')}
        confirmation={form.bind('confirmation')}
        labels={labels}
      />
      <div className="form__actions">
        <button type="submit" className="button">
          Changer mon mot de passe
        </button>
      </div>
    </form>
  );
}
