import { TextField } from '../../../components/form/fields';
import type { BoundField } from '../../../components/form/use-form';
import { PolitiqueMotDePasse } from './politique-mot-de-passe';

type Props = {
  motDePasse: BoundField<string>;
  confirmation: BoundField<string>;
  labels: { motDePasse: string; confirmation: string };
};

/** The new password (with the policy as its hint) and its confirmation, in every form that sets one. */
export function NouveauMotDePasseChamps({ motDePasse, confirmation, labels }: Props) {
  return (
    <>
      <TextField
        field={motDePasse}
        label={labels.motDePasse}
        required
        type="password"
        autoComplete="new-password"
        hint={<PolitiqueMotDePasse />}
      />
      <TextField
        field={confirmation}
        label={labels.confirmation}
        required
        type="password"
        autoComplete="new-password"
        hint="Saisissez à nouveau le même mot de passe."
      />
    </>
  );
}
