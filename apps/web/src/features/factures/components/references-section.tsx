import { TextField } from '../../../components/form/fields';
import type { FactureForm } from '../use-facture-form';
import { labelsFixes as labels } from '../valeurs-formulaire';
import type { ExigencesDestinataire } from './destinataire-section';

type Props = { form: FactureForm; exigences: ExigencesDestinataire };

/** Engagement and contract numbers; the original invoice of an avoir. */
export function ReferencesSection({ form, exigences }: Props) {
  const avoir = form.values['identification.type'] === 'AVOIR';
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Références</legend>
      <div className="field-row">
        <TextField
          field={form.bind('references.numeroEngagement')}
          label={labels['references.numeroEngagement']}
          required={exigences.engagement === 'obligatoire'}
          hint={
            exigences.engagement === 'obligatoire'
              ? 'Exigé par le destinataire : le numéro du bon de commande ou de l’engagement juridique.'
              : exigences.engagement === 'sans-service'
                ? 'Exigé par le destinataire si vous n’indiquez pas de service.'
                : 'Le numéro du bon de commande ou de l’engagement juridique, s’il existe.'
          }
          autoComplete="off"
        />
        <TextField
          field={form.bind('references.numeroMarche')}
          label={labels['references.numeroMarche']}
          hint="Facultatif."
          autoComplete="off"
        />
      </div>
      {avoir ? (
        <TextField
          field={form.bind('references.factureOrigine')}
          label={labels['references.factureOrigine']}
          required
          hint="Le numéro de la facture que cet avoir corrige."
          autoComplete="off"
          width="medium"
        />
      ) : null}
    </fieldset>
  );
}
