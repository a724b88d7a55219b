import {
  EXTENSIONS_PIECES_JOINTES,
  LIBELLES_TYPE_PIECE_JOINTE,
  PieceJointeChampsSchema,
  TYPES_PIECE_JOINTE,
} from '@choral/contracts';
import { useState } from 'react';
import { FileField, RequiredFieldsNote, SelectField, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { LiveMessage } from '../../../components/live-message';
import { type Progression, UploadProgress } from '../../../components/upload-progress';
import { formaterTaille } from '../../../lib/format';
import {
  ajouterPieceJointe,
  type FactureLue,
  retirerPieceJointe,
  type TypePieceJointe,
  urlDocument,
} from '../api';
import { LIMITES } from '../libelles';

const labels = { designation: 'Désignation', type: 'Type de pièce jointe', fichier: 'Fichier' };
const types = TYPES_PIECE_JOINTE.map((value) => ({ value, label: LIBELLES_TYPE_PIECE_JOINTE[value] }));
const extensions = EXTENSIONS_PIECES_JOINTES.map((e) => `.${e}`).join(',');

/** The portal's attachment rules, checked here before the upload (the API checks them again). */
function verifierFichier(fichier: File | null, facture: FactureLue): string | undefined {
  if (!fichier) return 'Choisissez un fichier.';
  const extension = fichier.name.includes('.') ? fichier.name.split('.').pop()?.toLowerCase() : undefined;
  if (!extension || !(EXTENSIONS_PIECES_JOINTES as readonly string[]).includes(extension)) {
    return 'Extension non acceptée : choisissez un fichier d’un type de la liste.';
  }
  if (fichier.name.length > LIMITES.nomPieceJointe) {
    return `Le nom du fichier dépasse ${LIMITES.nomPieceJointe} caractères, extension comprise : renommez-le.`;
  }
  if (fichier.size === 0) return 'Le fichier est vide.';
  if (fichier.size >= LIMITES.pieceJointe) return 'Le fichier doit peser moins de 10 Mo.';
  const total = facture.documents.reduce((somme, d) => somme + d.taille, 0) + fichier.size;
  if (total > LIMITES.total) return 'La facture et ses pièces jointes ne peuvent dépasser 120 Mo au total.';
  return undefined;
}

type Props = {
  facture: FactureLue;
  onChange: (facture: FactureLue) => void;
  /** A suspended invoice's supporting documents, added before « Compléter » (they cannot be removed). */
  justificatif?: boolean;
};

/** « Pièces jointes complémentaires » of a draft: the rules, the list, and an upload form. */
export function PiecesJointesSection({ facture, onChange, justificatif = false }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [progression, setProgression] = useState<Progression>(null);
  // A new file input after each upload: a file input cannot be emptied from script.
  const [version, setVersion] = useState(0);
  const pieces = facture.documents.filter((d) => d.role === 'PIECE_JOINTE');
  const form = useForm({
    initial: { designation: '', type: 'AUTRE', fichier: null as File | null },
    schema: PieceJointeChampsSchema,
    labels,
    validate: (values) => {
      const erreur = verifierFichier(values.fichier, facture);
      return erreur ? { fichier: erreur } : {};
    },
    onSubmit: async ({ designation, type }, { fichier }) => {
      if (!fichier) return;
      setMessage(null);
      try {
        const suivante = await ajouterPieceJointe(
          facture.id,
          { designation, type: type as TypePieceJointe, fichier },
          { onProgress: (envoye, total) => setProgression({ envoye, total }) },
          justificatif,
        );
        onChange(suivante);
        form.reset({ designation: '', type: 'AUTRE', fichier: null });
        setVersion((v) => v + 1);
        setMessage(`La pièce jointe « ${fichier.name} » a été ajoutée.`);
      } finally {
        setProgression(null);
      }
    },
  });
  const fichier = form.values.fichier;

  return (
    <section className="panel panel--wide" aria-labelledby="pieces-jointes">
      <h2 id="pieces-jointes" className="panel__title" tabIndex={-1}>
        Pièces jointes complémentaires
      </h2>
      <div className="alert alert--info">
        <p className="alert__title">Règles des pièces jointes</p>
        <ul className="bullet-list alert__text">
          <li>nom du fichier de {LIMITES.nomPieceJointe} caractères au plus, extension comprise ;</li>
          <li>moins de 10 Mo par fichier, 120 Mo au plus pour la facture et toutes ses pièces jointes ;</li>
          <li>extensions acceptées : {EXTENSIONS_PIECES_JOINTES.join(', ')}.</li>
        </ul>
      </div>
      <LiveMessage message={message} />
      {pieces.length === 0 ? (
        <p>
          {justificatif
            ? 'Aucune pièce jointe : ajoutez les justificatifs demandés avant de compléter la facture.'
            : 'Aucune pièce jointe pour l’instant : elles sont facultatives.'}
        </p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Pièces jointes de la facture</caption>
            <thead>
              <tr>
                <th scope="col">Désignation</th>
                <th scope="col">Type</th>
                <th scope="col">Fichier</th>
                {justificatif ? null : (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {pieces.map((piece) => (
                <tr key={piece.id}>
                  <th scope="row">{piece.designation}</th>
                  <td>{piece.typePieceJointe ? LIBELLES_TYPE_PIECE_JOINTE[piece.typePieceJointe] : ''}</td>
                  <td>
                    <a href={urlDocument(facture.id, piece.id)} download>
                      {piece.nom}
                    </a>{' '}
                    ({formaterTaille(piece.taille)})
                  </td>
                  {justificatif ? null : (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={async () => {
                          setMessage(null);
                          onChange(await retirerPieceJointe(facture.id, piece.id));
                          setMessage(`La pièce jointe « ${piece.nom} » a été retirée.`);
                        }}
                      >
                        Retirer<span className="visually-hidden"> {piece.nom}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="fieldset__subtitle">Ajouter une pièce jointe</h3>
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <FormMessages {...form} />
        <RequiredFieldsNote />
        <div className="field-row">
          <TextField
            field={form.bind('designation')}
            label={labels.designation}
            required
            hint="100 caractères au plus. Exemple : Bon de livraison de mars"
          />
          <SelectField field={form.bind('type')} label={labels.type} options={types} required />
        </div>
        <FileField
          key={version}
          field={form.bind('fichier')}
          label={labels.fichier}
          required
          accept={extensions}
          hint={fichier ? `${fichier.name}, ${formaterTaille(fichier.size)}` : undefined}
        />
        <UploadProgress progression={progression} nom={fichier?.name ?? ''} />
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            Ajouter la pièce jointe
          </button>
        </div>
      </form>
    </section>
  );
}
