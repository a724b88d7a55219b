import { type ActionTraitement, type Facture, MOTIFS_REFUS_VALIDATION } from '@choral/contracts';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import { isApiError } from '../../../lib/api-error';
import { corrigerValideur, type FactureLue, recyclerFacture, traiterFacture } from '../api';

type ActionPossible = Facture['actionsPossibles'][number];
type Champ =
  | 'motif'
  | 'numeroMandat'
  | 'commentaire'
  | 'identifiant'
  | 'codeService'
  | 'numeroEngagement'
  | 'codeMotifRefus';
type DefinitionChamp = { nom: Champ; label: string; requis: boolean; zone?: boolean; liste?: boolean };

const OPTIONS_MOTIF_REFUS = [
  { value: '', label: 'Choisissez un motif' },
  ...MOTIFS_REFUS_VALIDATION.map((m) => ({ value: m.code, label: m.libelle })),
];

/** The fields an action asks for: from its `actionsPossibles` entry (and the supplier's own forms). */
function champsDe(possible: ActionPossible): DefinitionChamp[] {
  if (possible.action === 'CORRIGER_VALIDEUR') {
    return [
      { nom: 'identifiant', label: 'Identifiant (SIRET) du bon valideur', requis: true },
      { nom: 'codeService', label: 'Code service du valideur', requis: false },
      { nom: 'commentaire', label: 'Commentaire', requis: false, zone: true },
    ];
  }
  if (possible.action === 'RECYCLER') {
    return [
      { nom: 'identifiant', label: 'Identifiant (SIRET) du destinataire', requis: true },
      { nom: 'codeService', label: 'Code service', requis: false },
      { nom: 'numeroEngagement', label: 'Numéro d’engagement', requis: false },
      { nom: 'commentaire', label: 'Commentaire', requis: false, zone: true },
    ];
  }
  const champs: DefinitionChamp[] = [];
  if (possible.motifRefusRequis) {
    champs.push({ nom: 'codeMotifRefus', label: 'Motif du refus', requis: true, liste: true });
    champs.push({ nom: 'motif', label: 'Précisions pour le fournisseur', requis: false, zone: true });
  }
  if (possible.motif !== 'FACULTATIF') {
    champs.push({ nom: 'motif', label: 'Motif', requis: possible.motif === 'OBLIGATOIRE', zone: true });
  }
  if (possible.numeroMandatRequis)
    champs.push({ nom: 'numeroMandat', label: 'Numéro de mandat', requis: true });
  if (possible.action === 'COMPLETER') {
    champs.push({ nom: 'commentaire', label: 'Commentaire', requis: true, zone: true });
  }
  return champs;
}

const pointeurs: Readonly<Record<Champ, string>> = {
  motif: '/motif',
  numeroMandat: '/numeroMandat',
  commentaire: '/commentaire',
  identifiant: '/destinataire/identifiant',
  codeService: '/destinataire/codeService',
  numeroEngagement: '/numeroEngagement',
  codeMotifRefus: '/codeMotifRefus',
};

// The supplier's correction of the valideur answers on its own fields.
const pointeursValideur: Partial<Record<Champ, string>> = {
  identifiant: '/valideur/identifiant',
  codeService: '/valideur/codeService',
};

function envoyer(facture: FactureLue, action: ActionPossible['action'], v: Partial<Record<Champ, string>>) {
  const texte = (nom: Champ) => v[nom]?.trim() || null;
  if (action === 'CORRIGER_VALIDEUR') {
    return corrigerValideur(facture.id, {
      valideur: { identifiant: v.identifiant?.trim() ?? '', codeService: texte('codeService') },
      commentaire: texte('commentaire'),
    });
  }
  if (action === 'RECYCLER') {
    return recyclerFacture(facture.id, {
      destinataire: { identifiant: v.identifiant?.trim() ?? '', codeService: texte('codeService') },
      numeroEngagement: texte('numeroEngagement'),
      commentaire: texte('commentaire'),
    });
  }
  return traiterFacture(facture.id, {
    // The API offers in `actionsPossibles` only actions of this route (RECYCLER aside, above).
    action: action as ActionTraitement,
    motif: texte('motif'),
    numeroMandat: texte('numeroMandat'),
    commentaire: texte('commentaire'),
    codeMotifRefus: texte('codeMotifRefus'),
  });
}

type DialogueProps = {
  facture: FactureLue;
  possible: ActionPossible;
  onFermer: () => void;
  onTraitee: (facture: FactureLue, message: string) => void;
};

function DialogueAction({ facture, possible, onFermer, onTraitee }: DialogueProps) {
  const champs = champsDe(possible);
  const [valeurs, setValeurs] = useState<Partial<Record<Champ, string>>>({});
  const [erreurs, setErreurs] = useState<Partial<Record<Champ, string>>>({});
  const [erreur, setErreur] = useState<string | null>(null);
  const [envoi, setEnvoi] = useState(false);

  const valider = async () => {
    if (envoi) return;
    const manquants: Partial<Record<Champ, string>> = {};
    for (const c of champs) if (c.requis && !valeurs[c.nom]?.trim()) manquants[c.nom] = 'Champ obligatoire.';
    setErreurs(manquants);
    setErreur(null);
    if (Object.keys(manquants).length > 0) return;
    setEnvoi(true);
    try {
      const suivante = await envoyer(facture, possible.action, valeurs);
      onTraitee(
        suivante,
        `Action « ${possible.libelle} » effectuée : la facture est au statut « ${suivante.libelleStatut} ».`,
      );
    } catch (caught) {
      if (!isApiError(caught)) return setErreur('Une erreur inattendue est survenue.');
      const parChamp: Partial<Record<Champ, string>> = {};
      for (const c of champs) {
        const pointeur =
          possible.action === 'CORRIGER_VALIDEUR'
            ? (pointeursValideur[c.nom] ?? pointeurs[c.nom])
            : pointeurs[c.nom];
        const message = caught.fieldError(pointeur);
        if (message) parChamp[c.nom] = message;
      }
      setErreurs(parChamp);
      if (Object.keys(parChamp).length === 0) setErreur(caught.detail);
    } finally {
      setEnvoi(false);
    }
  };

  return (
    <Dialog
      title={`${possible.libelle} — facture ${facture.identification.numero ?? ''}`}
      isOpen
      onOpenChange={(ouvert) => (ouvert ? undefined : onFermer())}
    >
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void valider();
        }}
      >
        {erreur ? <Alert tone="error" title={erreur} /> : null}
        {champs.length === 0 ? <p>Confirmez-vous cette action ?</p> : null}
        {possible.motif === 'RECOMMANDE' ? (
          <p>Un motif est recommandé : il sera communiqué au fournisseur.</p>
        ) : null}
        {champs.map((c) => {
          const field = {
            id: `action-${c.nom}`,
            name: c.nom,
            value: valeurs[c.nom] ?? '',
            error: erreurs[c.nom],
            onChange: (valeur: string) => setValeurs((avant) => ({ ...avant, [c.nom]: valeur })),
            onBlur: () => undefined,
          };
          if (c.liste) {
            return (
              <SelectField
                key={c.nom}
                field={field}
                label={c.label}
                required={c.requis}
                options={OPTIONS_MOTIF_REFUS}
              />
            );
          }
          return c.zone ? (
            <TextAreaField key={c.nom} field={field} label={c.label} required={c.requis} />
          ) : (
            <TextField key={c.nom} field={field} label={c.label} required={c.requis} />
          );
        })}
        <div className="form__actions">
          <button type="submit" className="button">
            {possible.libelle}
          </button>
          <button type="button" className="button button--secondary" onClick={onFermer}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}

type Props = { facture: FactureLue; onTraitee: (facture: FactureLue, message: string) => void };

/** « Traiter »: one button per action the API allows from the current status, each with its dialog. */
export function TraiterFacture({ facture, onTraitee }: Props) {
  const [ouverte, setOuverte] = useState<ActionPossible | null>(null);
  // A draft is sent or deleted from its own page (« Reprendre le brouillon »).
  const possibles = facture.actionsPossibles.filter(
    (p) => p.action !== 'DEPOSER' && p.action !== 'SUPPRIMER',
  );
  if (possibles.length === 0) return null;
  return (
    <section className="panel panel--wide" aria-labelledby="traiter">
      <h2 id="traiter" className="panel__title">
        Traiter
      </h2>
      <div className="actions">
        {possibles.map((possible) => (
          <button
            key={possible.action}
            type="button"
            className={possible.motif === 'OBLIGATOIRE' ? 'button button--secondary' : 'button'}
            onClick={() => setOuverte(possible)}
          >
            {possible.libelle}
          </button>
        ))}
      </div>
      {ouverte ? (
        <DialogueAction
          facture={facture}
          possible={ouverte}
          onFermer={() => setOuverte(null)}
          onTraitee={(suivante, message) => {
            setOuverte(null);
            onTraitee(suivante, message);
          }}
        />
      ) : null}
    </section>
  );
}
