import { LIBELLES_TYPE_IDENTIFIANT, ModifierStructureBodySchema, type Structure } from '@choral/contracts';
import { useRef, useState } from 'react';
import { RequiredFieldsNote, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { LiveMessage } from '../../../components/live-message';
import { modifierStructure } from '../api';
import { libelleTypeStructure } from '../libelles';

const labels = {
  raisonSociale: 'Raison sociale',
  numeroTva: 'Numéro de TVA intracommunautaire',
  adresse: 'Adresse',
  codePostal: 'Code postal',
  ville: 'Ville',
};

type SectionProps = { structure: Structure; onChange: () => void };

function ModifierForm({ structure, onDone }: { structure: Structure; onDone: (saved: boolean) => void }) {
  const form = useForm({
    initial: {
      raisonSociale: structure.raisonSociale,
      numeroTva: structure.numeroTva ?? '',
      adresse: structure.adresse ?? '',
      codePostal: structure.codePostal ?? '',
      ville: structure.ville ?? '',
    },
    schema: ModifierStructureBodySchema,
    labels,
    onSubmit: async (body) => {
      await modifierStructure(structure.id, body);
      onDone(true);
    },
  });
  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <TextField field={form.bind('raisonSociale')} label={labels.raisonSociale} required />
      <TextField field={form.bind('numeroTva')} label={labels.numeroTva} hint="Facultatif." width="medium" />
      <TextField field={form.bind('adresse')} label={labels.adresse} required />
      <TextField field={form.bind('codePostal')} label={labels.codePostal} required width="short" />
      <TextField field={form.bind('ville')} label={labels.ville} required />
      <div className="form__actions">
        <button type="submit" className="button">
          Enregistrer les informations
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Annuler
        </button>
      </div>
    </form>
  );
}

/** Identity of the structure; gestionnaires edit it (never its identifier). */
export function IdentiteSection({ structure, onChange }: SectionProps) {
  const [edition, setEdition] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const finEdition = (saved: boolean) => {
    setEdition(false);
    if (saved) {
      setMessage('Les informations de la structure ont été enregistrées.');
      onChange();
    }
    // The form disappears: give the focus back to the button that opened it.
    requestAnimationFrame(() => toggleRef.current?.focus());
  };
  const adresse = [structure.adresse, [structure.codePostal, structure.ville].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

  return (
    <section className="panel panel--wide" aria-labelledby="identite">
      <div className="panel__header">
        <h2 id="identite" className="panel__title">
          Identité
        </h2>
        {structure.actions.modifier && !edition ? (
          <button
            ref={toggleRef}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setMessage(null);
              setEdition(true);
            }}
          >
            Modifier les informations
          </button>
        ) : null}
      </div>
      <LiveMessage message={message} />
      {edition ? (
        <ModifierForm structure={structure} onDone={finEdition} />
      ) : (
        <dl className="details">
          <div>
            <dt>Type</dt>
            <dd>{libelleTypeStructure[structure.type]}</dd>
          </div>
          <div>
            <dt>{LIBELLES_TYPE_IDENTIFIANT[structure.typeIdentifiant]}</dt>
            <dd>{structure.identifiant}</dd>
          </div>
          <div>
            <dt>Raison sociale</dt>
            <dd>{structure.raisonSociale}</dd>
          </div>
          <div>
            <dt>Numéro de TVA</dt>
            <dd>{structure.numeroTva ?? 'Non renseigné'}</dd>
          </div>
          <div>
            <dt>Adresse</dt>
            <dd>
              {adresse || 'Non renseignée'}
              {structure.pays !== 'FR' ? ` (${structure.pays})` : ''}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
