import { TextField } from '../../../components/form/fields';
import type { FactureForm } from '../use-facture-form';
import { labelsFixes as labels } from '../valeurs-formulaire';

/** The user's structure: shown, not editable; the server checks the document names it. */
export function FournisseurSection({ form, raisonSociale }: { form: FactureForm; raisonSociale: string }) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Fournisseur</legend>
      <p className="form__static">
        <span className="form__static-label">Structure : </span>
        {raisonSociale}
      </p>
      <TextField
        field={form.bind('fournisseur.identifiant')}
        label={labels['fournisseur.identifiant']}
        hint="Votre structure : le document doit porter cet identifiant."
        readOnly
        width="medium"
      />
    </fieldset>
  );
}
