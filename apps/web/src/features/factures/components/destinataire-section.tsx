import type { EntreeAnnuaire } from '@choral/contracts';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { Badge } from '../../../components/badge';
import { MessageErreur, RequiredMark } from '../../../components/form/fields';
import { isApiError } from '../../../lib/api-error';
import { pluriel } from '../../../lib/format';
import { rechercherAnnuaire } from '../api';
import type { FactureForm } from '../use-facture-form';

export type ExigencesDestinataire = {
  codeService: boolean;
  /** `sans-service`: required only when no service is given (« code service OU engagement »). */
  engagement: 'obligatoire' | 'sans-service' | 'facultatif';
};

/** What the chosen structure and service require, from their parameters (the server decides). */
export function exigencesDe(entree: EntreeAnnuaire | null, codeService: string): ExigencesDestinataire {
  if (!entree) return { codeService: false, engagement: 'facultatif' };
  const { parametres } = entree;
  const service = entree.services.find((s) => s.code === codeService);
  const engagement =
    parametres.numeroEJDoitEtreRenseigne || service?.engagementObligatoire
      ? 'obligatoire'
      : parametres.gestionNumeroEJOuCodeService && !service
        ? 'sans-service'
        : 'facultatif';
  return { codeService: parametres.codeServiceDoitEtreRenseigne, engagement };
}

function exigencesStructure(entree: EntreeAnnuaire): string {
  const { parametres: p } = entree;
  const exigences = [
    p.codeServiceDoitEtreRenseigne ? 'code service obligatoire' : null,
    p.numeroEJDoitEtreRenseigne ? 'numéro d’engagement obligatoire' : null,
    p.gestionNumeroEJOuCodeService ? 'code service ou numéro d’engagement obligatoire' : null,
  ].filter(Boolean);
  return exigences.length > 0 ? `Exige : ${exigences.join(', ')}` : 'Ni code service ni engagement exigé';
}

type Props = {
  form: FactureForm;
  /** The chosen structure's annuaire entry (parameters and services), kept by the page. */
  entree: EntreeAnnuaire | null;
  onEntree: (entree: EntreeAnnuaire | null) => void;
};

/** The public structure chosen in the annuaire, then its service. */
export function DestinataireSection({ form, entree, onEntree }: Props) {
  const identifiant = form.bind('destinataire.identifiant');
  const codeService = form.bind('destinataire.codeService');
  const [q, setQ] = useState('');
  const [resultats, setResultats] = useState<{ q: string; structures: EntreeAnnuaire[] } | null>(null);
  const [erreurRecherche, setErreurRecherche] = useState<string | null>(null);

  // A resumed draft names its recipient by identifier: fetch its entry for the services.
  const aCharger = identifiant.value !== '' && entree?.identifiant !== identifiant.value;
  useEffect(() => {
    if (!aCharger) return;
    const controller = new AbortController();
    rechercherAnnuaire(identifiant.value, controller.signal).then(
      (structures) => onEntree(structures.find((s) => s.identifiant === identifiant.value) ?? null),
      () => undefined,
    );
    return () => controller.abort();
  }, [aCharger, identifiant.value, onEntree]);

  const rechercher = async () => {
    setErreurRecherche(null);
    try {
      setResultats({ q, structures: await rechercherAnnuaire(q.trim()) });
    } catch (error) {
      setErreurRecherche(isApiError(error) ? error.detail : 'La recherche a échoué.');
    }
  };
  const surTouche = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches the annuaire instead of submitting the whole invoice.
    if (event.key === 'Enter') {
      event.preventDefault();
      void rechercher();
    }
  };
  const choisir = (structure: EntreeAnnuaire) => {
    identifiant.onChange(structure.identifiant);
    codeService.onChange('');
    onEntree(structure);
  };

  const structures = resultats?.structures ?? (entree ? [entree] : []);
  const hintId = `${identifiant.id}-aide`;
  const errorId = identifiant.error ? `${identifiant.id}-erreur` : undefined;

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Destinataire</legend>
      <div className="inline-form">
        <div className="field" data-invalid={identifiant.error ? true : undefined}>
          <label className="field__label" htmlFor={identifiant.id}>
            Rechercher la structure publique destinataire
            <RequiredMark />
          </label>
          <div id={hintId} className="field__hint">
            Son nom ou le début de son SIRET, puis « Rechercher » dans l’annuaire.
          </div>
          <MessageErreur id={errorId} message={identifiant.error} />
          <input
            id={identifiant.id}
            className="field__input"
            type="search"
            value={q}
            autoComplete="off"
            aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
            aria-invalid={identifiant.error ? true : undefined}
            aria-required
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={surTouche}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={rechercher}>
          Rechercher
        </button>
      </div>
      <p role="status" className="field__hint">
        {erreurRecherche ??
          (resultats
            ? resultats.structures.length === 0
              ? `Aucune structure publique ne correspond à « ${resultats.q} ».`
              : `${pluriel(resultats.structures.length, 'structure publique trouvée', 'structures publiques trouvées')}.`
            : '')}
      </p>
      {structures.length > 0 ? (
        <fieldset className="fieldset fieldset--plain">
          <legend className="fieldset__legend">Structure destinataire</legend>
          <ul className="choice-list">
            {structures.map((structure) => {
              const id = `${identifiant.id}-${structure.id}`;
              return (
                <li key={structure.id} className="choice">
                  <input
                    id={id}
                    className="choice__input"
                    type="radio"
                    name="destinataire"
                    checked={identifiant.value === structure.identifiant}
                    disabled={!structure.active}
                    onChange={() => choisir(structure)}
                  />
                  <label className="choice__label" htmlFor={id}>
                    <span className="choice__title">{structure.raisonSociale}</span>
                    <span className="choice__meta">
                      SIRET {structure.identifiant}
                      {structure.ville ? ` · ${structure.ville}` : ''}
                    </span>
                    <span className="choice__meta">{exigencesStructure(structure)}</span>
                    {structure.active ? null : (
                      <Badge tone="neutral">Inactive : ne reçoit plus de factures</Badge>
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
      {entree && identifiant.value === entree.identifiant ? (
        <ServicesField form={form} entree={entree} />
      ) : null}
    </fieldset>
  );
}

/** The recipient's services: inactive ones cannot be chosen; each says what it requires. */
function ServicesField({ form, entree }: { form: FactureForm; entree: EntreeAnnuaire }) {
  const field = form.bind('destinataire.codeService');
  const obligatoire = entree.parametres.codeServiceDoitEtreRenseigne;
  const hintId = `${field.id}-aide`;
  const errorId = field.error ? `${field.id}-erreur` : undefined;
  const options = [
    { code: '', titre: 'Aucun service', meta: null, actif: true },
    ...entree.services.map((s) => ({
      code: s.code,
      titre: `${s.libelle} (${s.code})`,
      meta: [
        s.actif ? 'Actif' : 'Inactif',
        s.engagementObligatoire ? 'numéro d’engagement obligatoire' : null,
        s.reserve ? 'réservé aux factures entre entités publiques' : null,
      ]
        .filter(Boolean)
        .join(' · '),
      actif: s.actif,
    })),
  ];
  return (
    <fieldset
      className="fieldset fieldset--plain"
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
      data-invalid={field.error ? true : undefined}
    >
      <legend className="fieldset__legend">
        Service destinataire
        {obligatoire ? <RequiredMark /> : null}
      </legend>
      <p id={hintId} className="field__hint">
        {obligatoire
          ? `${entree.raisonSociale} exige un code service.`
          : 'Facultatif pour cette structure, sauf si le service choisi l’exige.'}
      </p>
      <MessageErreur id={errorId} message={field.error} />
      <ul className="choice-list">
        {options.map((option, index) => {
          const id = index === 0 ? field.id : `${field.id}-${option.code}`;
          return (
            <li key={option.code} className="choice" data-disabled={option.actif ? undefined : true}>
              <input
                id={id}
                className="choice__input"
                type="radio"
                name={field.name}
                value={option.code}
                checked={field.value === option.code}
                disabled={!option.actif}
                onChange={() => field.onChange(option.code)}
                onBlur={field.onBlur}
              />
              <label className="choice__label" htmlFor={id}>
                <span className="choice__title">{option.titre}</span>
                {option.meta ? <span className="choice__meta">{option.meta}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
