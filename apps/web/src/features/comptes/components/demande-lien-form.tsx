import { DemandeLienBodySchema } from '@choral/contracts';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { demanderLien, type LienCompte } from '../api';

type DemandeLienFormProps = { lien: LienCompte; submitLabel: string };

/** Asks for a new activation or reset link; the answer never tells whether the address has an account. */
export function DemandeLienForm({ lien, submitLabel }: DemandeLienFormProps) {
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const form = useForm({
    initial: { email: '' },
    schema: DemandeLienBodySchema,
    labels: { email: 'Adresse électronique' },
    onSubmit: async ({ email }) => setConfirmation((await demanderLien(lien, email)).message),
  });

  if (confirmation) {
    return (
      <Alert tone="success" title="Demande envoyée" focus>
        <p>{confirmation}</p>
      </Alert>
    );
  }
  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <TextField
        field={form.bind('email')}
        label="Adresse électronique"
        required
        type="email"
        autoComplete="email"
        hint="L’adresse avec laquelle vous vous connectez. Format attendu : nom@domaine.fr"
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
