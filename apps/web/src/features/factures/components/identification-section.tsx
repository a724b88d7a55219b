import { CadreDepotSchema } from '@choral/contracts';
import { SelectField, TextField } from '../../../components/form/fields';
import { libelleCadre, libelleTypeFacture } from '../libelles';
import type { FactureForm } from '../use-facture-form';
import { labelsFixes as labels } from '../valeurs-formulaire';

const cadres = CadreDepotSchema.options.map((value) => ({ value, label: libelleCadre(value) }));
const types = (['FACTURE', 'AVOIR'] as const).map((value) => ({ value, label: libelleTypeFacture[value] }));

/** Cadre, numéro, date, type and devise of the invoice. */
export function IdentificationSection({ form }: { form: FactureForm }) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Identification</legend>
      <SelectField
        field={form.bind('cadre')}
        label={labels.cadre}
        options={cadres}
        hint="A1 par défaut : facture d’un fournisseur à une entité publique."
      />
      <div className="field-row">
        <TextField
          field={form.bind('identification.numero')}
          label={labels['identification.numero']}
          required
          hint="Votre numéro, unique pour votre structure (20 caractères au plus)."
          autoComplete="off"
        />
        <TextField
          field={form.bind('identification.dateFacture')}
          label={labels['identification.dateFacture']}
          required
          type="date"
          hint="Au plus tard aujourd’hui."
        />
      </div>
      <div className="field-row">
        <SelectField
          field={form.bind('identification.type')}
          label={labels['identification.type']}
          options={types}
          hint="Un avoir corrige une facture déjà déposée."
        />
        <TextField
          field={form.bind('identification.devise')}
          label={labels['identification.devise']}
          hint="Code à trois lettres : EUR."
          autoComplete="off"
          width="short"
        />
      </div>
    </fieldset>
  );
}
