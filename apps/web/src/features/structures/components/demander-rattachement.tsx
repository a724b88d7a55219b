import {
  DemanderRattachementBodySchema,
  type Espace,
  RechercheStructuresQuerySchema,
  type StructureTrouvee,
} from '@choral/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import {
  CheckboxGroup,
  MessageErreur,
  RequiredMark,
  TextAreaField,
  TextField,
} from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { paths } from '../../../config/paths';
import { pluriel } from '../../../lib/format';
import { optionsEspaces } from '../../comptes/components/mes-habilitations';
import { demanderRattachement, rechercherStructures } from '../api';
import { libelleTypeStructure } from '../libelles';

type Resultats = { q: string; structures: StructureTrouvee[] };

const labelsDemande = {
  structureId: 'Structure',
  serviceIds: 'Services',
  espaces: 'Habilitations',
  commentaire: 'Commentaire',
};

function RechercheForm({ onResultats }: { onResultats: (resultats: Resultats) => void }) {
  const form = useForm({
    initial: { q: '' },
    schema: RechercheStructuresQuerySchema,
    labels: { q: 'Identifiant ou nom de la structure' },
    onSubmit: async ({ q }) => onResultats({ q, structures: await rechercherStructures(q) }),
  });
  return (
    <search>
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <FormMessages {...form} />
        <div className="inline-form">
          <TextField
            field={form.bind('q')}
            label="Identifiant ou nom de la structure"
            type="search"
            hint="Au moins 2 caractères : le début du SIRET ou une partie du nom."
            autoComplete="off"
          />
          <button type="submit" className="button button--secondary">
            Rechercher
          </button>
        </div>
      </form>
    </search>
  );
}

function DemandeForm({
  resultats,
  onEnvoyee,
}: {
  resultats: Resultats;
  onEnvoyee: (structure: string) => void;
}) {
  const form = useForm({
    initial: {
      structureId: null as number | null,
      serviceIds: [] as readonly number[],
      espaces: [] as readonly Espace[],
      commentaire: '',
    },
    schema: DemanderRattachementBodySchema,
    labels: labelsDemande,
    validate: (values) => (values.structureId === null ? { structureId: 'Choisissez une structure.' } : {}),
    onSubmit: async (body) => {
      await demanderRattachement(body);
      onEnvoyee(resultats.structures.find((s) => s.id === body.structureId)?.raisonSociale ?? '');
    },
  });
  const structureField = form.bind('structureId');
  const servicesField = form.bind('serviceIds');
  const espacesField = form.bind('espaces');
  const choisie = resultats.structures.find((s) => s.id === form.values.structureId);
  const errorId = structureField.error ? `${structureField.id}-erreur` : undefined;

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <fieldset
        className="fieldset"
        aria-describedby={errorId}
        data-invalid={structureField.error ? true : undefined}
      >
        <legend className="fieldset__legend">
          Structure
          <RequiredMark />
        </legend>
        <MessageErreur id={errorId} message={structureField.error} />
        <ul className="choice-list">
          {resultats.structures.map((structure, index) => {
            const id = index === 0 ? structureField.id : `${structureField.id}-${structure.id}`;
            return (
              <li key={structure.id} className="choice">
                <input
                  id={id}
                  className="choice__input"
                  type="radio"
                  name="structureId"
                  checked={form.values.structureId === structure.id}
                  onChange={() => {
                    structureField.onChange(structure.id);
                    servicesField.onChange([]);
                    espacesField.onChange([]);
                  }}
                />
                <label className="choice__label" htmlFor={id}>
                  <span className="choice__title">{structure.raisonSociale}</span>
                  <span className="choice__meta">
                    {libelleTypeStructure[structure.type]} · {structure.identifiant}
                    {structure.ville ? ` · ${structure.ville}` : ''}
                  </span>
                  {structure.active ? null : <Badge tone="neutral">Inactive</Badge>}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {choisie && choisie.services.length > 0 ? (
        <CheckboxGroup
          field={servicesField}
          legend={`Services de ${choisie.raisonSociale}`}
          hint="Facultatif : cochez les services où vous travaillez."
          options={choisie.services.map((s) => ({ value: s.id, label: `${s.libelle} (${s.code})` }))}
        />
      ) : null}
      {choisie ? (
        <CheckboxGroup
          field={espacesField}
          legend={`Habilitations demandées sur ${choisie.raisonSociale}`}
          hint="Cochez les espaces où vous travaillerez au nom de la structure (Factures reçues pour traiter les factures de votre service…)."
          options={optionsEspaces(choisie.espaces)}
        />
      ) : null}
      <TextAreaField
        field={form.bind('commentaire')}
        label={labelsDemande.commentaire}
        hint="Facultatif : votre fonction ou le motif de votre demande, pour le gestionnaire."
      />
      <div className="form__actions">
        <button type="submit" className="button">
          Envoyer la demande
        </button>
      </div>
    </form>
  );
}

/** Search a structure by identifier or name, pick it, optionally its services, and ask to join. */
export function DemanderRattachement() {
  const [resultats, setResultats] = useState<Resultats | null>(null);
  const [envoyee, setEnvoyee] = useState<string | null>(null);

  if (envoyee !== null) {
    return (
      <Alert tone="success" title="Demande de rattachement envoyée" focus>
        <p>
          Votre demande de rattachement à {envoyee} a été envoyée. Les gestionnaires de la structure vont
          l’examiner : vous recevrez un courriel dès leur décision.
        </p>
        <p className="actions">
          <Link to={paths.monCompte.href()}>Voir l’historique de mes demandes</Link>
          <Link to={paths.structures.href()}>Retour à mes structures</Link>
        </p>
      </Alert>
    );
  }
  return (
    <>
      <RechercheForm onResultats={setResultats} />
      <p role="status" className="visually-hidden">
        {resultats ? pluriel(resultats.structures.length, 'structure trouvée', 'structures trouvées') : ''}
      </p>
      {resultats ? (
        <section className="section" aria-labelledby="resultats">
          <h2 id="resultats" className="section__title" tabIndex={-1}>
            {resultats.structures.length === 0
              ? `Aucune structure ne correspond à « ${resultats.q} »`
              : `Structures correspondant à « ${resultats.q} »`}
          </h2>
          {resultats.structures.length > 0 ? (
            <DemandeForm key={resultats.q} resultats={resultats} onEnvoyee={setEnvoyee} />
          ) : (
            <p>Vérifiez l’identifiant ou essayez une autre partie du nom.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
