import { DeciderBodySchema } from '@choral/contracts';
import { Dialog } from '../../../components/dialog';
import { RequiredFieldsNote, TextAreaField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { pluriel } from '../../../lib/format';
import { deciderEtConfirmer } from '../decision';

type RefusDialogProps = {
  /** The requests to refuse; the dialog is open while this is not null. */
  ids: number[] | null;
  onClose: () => void;
  onDone: (message: string) => void;
};

function RefusForm({
  ids,
  onClose,
  onDone,
}: {
  ids: number[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const form = useForm({
    initial: { commentaire: '' },
    schema: DeciderBodySchema,
    prepare: ({ commentaire }) => ({ ids, decision: 'REFUSER', commentaire }),
    labels: { commentaire: 'Motif du refus' },
    onSubmit: async ({ commentaire }) => onDone(await deciderEtConfirmer(ids, 'REFUSER', commentaire)),
  });
  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <TextAreaField
        field={form.bind('commentaire')}
        label="Motif du refus"
        required
        hint="Il est envoyé par courriel au demandeur."
      />
      <div className="form__actions">
        <button type="submit" className="button button--danger">
          Refuser
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Annuler
        </button>
      </div>
    </form>
  );
}

/** « Refuser » asks for a mandatory comment, sent to the requester. */
export function RefusDialog({ ids, onClose, onDone }: RefusDialogProps) {
  return (
    <Dialog
      title={ids && ids.length > 1 ? `Refuser ${pluriel(ids.length, 'demande')}` : 'Refuser la demande'}
      isOpen={ids !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      {ids ? <RefusForm ids={ids} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}
