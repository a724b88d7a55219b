import {
  DemanderHabilitationBodySchema,
  type Espace,
  LIBELLES_ESPACE,
  type MonRattachement,
} from '@choral/contracts';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { CheckboxGroup, TextAreaField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { session } from '../../../lib/session';
import { demanderHabilitation } from '../api';

/** The checkbox options of a list of espaces, with the portal's labels. */
export function optionsEspaces(espaces: readonly Espace[]) {
  return espaces.map((espace) => ({ value: espace, label: LIBELLES_ESPACE[espace] }));
}

function DemandeHabilitationForm({
  rattachement,
  onEnvoyee,
}: {
  rattachement: MonRattachement;
  onEnvoyee: () => void;
}) {
  const form = useForm({
    initial: { espaces: [] as readonly Espace[], commentaire: '' },
    schema: DemanderHabilitationBodySchema,
    prepare: (values) => ({ ...values, structureId: rattachement.structureId }),
    labels: { espaces: 'Espaces demandés', commentaire: 'Commentaire' },
    onSubmit: async (body) => {
      await demanderHabilitation(body);
      onEnvoyee();
    },
  });
  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <CheckboxGroup
        field={form.bind('espaces')}
        legend={`Espaces à demander sur ${rattachement.raisonSociale}`}
        options={optionsEspaces(rattachement.espacesDemandables)}
      />
      <TextAreaField
        field={form.bind('commentaire')}
        label="Commentaire"
        hint="Facultatif : pourquoi vous en avez besoin, pour le gestionnaire."
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          Demander ces habilitations
        </button>
      </div>
    </form>
  );
}

/**
 * « Mes habilitations »: per structure, the espaces the user may act in, and a request for the
 * others (decided by a gestionnaire in Approbations).
 */
export function MesHabilitations({
  rattachements,
  onDemande,
}: {
  rattachements: readonly MonRattachement[];
  onDemande: () => void;
}) {
  const [envoyee, setEnvoyee] = useState<string | null>(null);
  if (rattachements.length === 0)
    return <p>Vos habilitations apparaîtront ici une fois rattaché(e) à une structure.</p>;
  return (
    <>
      {envoyee ? (
        <Alert tone="success" title="Demande d’habilitation envoyée" focus>
          <p>
            Votre demande sur {envoyee} a été envoyée : un gestionnaire de la structure va l’examiner et vous
            recevrez un courriel dès sa décision.
          </p>
        </Alert>
      ) : null}
      {rattachements.map((r) => {
        const attente = r.espacesDemandables.length === 0 && r.espaces.length < r.espacesStructure.length;
        return (
          <section key={r.structureId} className="panel" aria-labelledby={`habilitations-${r.structureId}`}>
            <h3 id={`habilitations-${r.structureId}`} className="panel__title">
              {r.raisonSociale} ({r.identifiant})
            </h3>
            {r.espaces.length > 0 ? (
              <ul className="bullet-list" aria-label={`Espaces ouverts sur ${r.raisonSociale}`}>
                {r.espaces.map((espace) => (
                  <li key={espace}>{LIBELLES_ESPACE[espace]}</li>
                ))}
              </ul>
            ) : (
              <p>Aucun espace ne vous est encore ouvert sur cette structure.</p>
            )}
            {attente ? <p>Une demande sur cette structure attend la décision d’un gestionnaire.</p> : null}
            {r.espacesDemandables.length > 0 ? (
              <DemandeHabilitationForm
                rattachement={r}
                onEnvoyee={() => {
                  setEnvoyee(r.raisonSociale);
                  onDemande();
                  void session.recharger();
                }}
              />
            ) : null}
          </section>
        );
      })}
    </>
  );
}
