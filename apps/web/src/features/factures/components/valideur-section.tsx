import { cadreAvecValideur } from '@choral/contracts';
import { TextField } from '../../../components/form/fields';
import type { FactureForm } from '../use-facture-form';
import { labelsFixes as labels } from '../valeurs-formulaire';

/**
 * A9 / A12 only: the structure that validates the invoice before it goes to the recipient (the
 * titulaire of the market for a subcontractor, the mandataire for a cotraitant).
 */
export function ValideurSection({ form }: { form: FactureForm }) {
  const cadre = form.values.cadre ?? '';
  if (!cadreAvecValideur(cadre)) return null;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Valideur</legend>
      <p className="form__note">
        {cadre === 'A9'
          ? 'Le titulaire du marché valide votre facture avant qu’elle parte au destinataire.'
          : 'Le mandataire du groupement valide votre facture avant qu’elle parte au destinataire.'}{' '}
        Sans réponse de sa part sous 15 jours, elle est validée tacitement.
      </p>
      <div className="field-row">
        <TextField
          field={form.bind('valideur.identifiant')}
          label={labels['valideur.identifiant']}
          required
          hint="Structure privée ou publique inscrite sur Choral, active."
          autoComplete="off"
        />
        <TextField
          field={form.bind('valideur.codeService')}
          label={labels['valideur.codeService']}
          hint="Facultatif."
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
