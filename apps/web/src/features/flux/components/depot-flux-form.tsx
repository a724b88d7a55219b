import { DepotFluxChampsSchema, type FluxDepose, SYNTAXES_FLUX_PROPOSEES } from '@choral/contracts';
import { useState } from 'react';
import { FichierChoisi } from '../../../components/fichier-choisi';
import { FileField, RequiredFieldsNote, SelectField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { type Progression, UploadProgress } from '../../../components/upload-progress';
import { tailleFichierRefusee } from '../../factures/libelles';
import { deposerFlux } from '../api';

const labels = { syntaxe: 'Syntaxe du flux', fichier: 'Fichier du flux' };
const syntaxes = [
  { value: '', label: 'Choisissez une syntaxe' },
  ...SYNTAXES_FLUX_PROPOSEES.map(({ code, libelle }) => ({ value: code, label: libelle })),
];

function verifierFichier(fichier: File | null): string | undefined {
  if (!fichier) return 'Choisissez le fichier du flux.';
  return tailleFichierRefusee(fichier);
}

type Props = {
  structureId: number;
  /** The flux is received: its number, and the file's name. */
  onDepose: (flux: FluxDepose, nomFichier: string) => void;
};

/** « Déposer un flux »: a syntax, then one invoice or a batch, sent with a progress bar. */
export function DepotFluxForm({ structureId, onDepose }: Props) {
  const [progression, setProgression] = useState<Progression>(null);
  // Each deposit gives a new, empty file field; the syntax stays for the next flux.
  const [depots, setDepots] = useState(0);
  const form = useForm({
    initial: { syntaxe: '', fichier: null as File | null },
    schema: DepotFluxChampsSchema.pick({ syntaxe: true }),
    labels,
    // The deposit names its fields as deposer/flux does.
    serverFields: { syntaxeFlux: 'syntaxe', fichierFlux: 'fichier' },
    validate: (values) => {
      const erreur = verifierFichier(values.fichier);
      return erreur ? { fichier: erreur } : {};
    },
    onSubmit: async ({ syntaxe }, { fichier }) => {
      if (!fichier) return;
      try {
        const flux = await deposerFlux(
          { structureId, syntaxe, fichier },
          { onProgress: (envoye, total) => setProgression({ envoye, total }) },
        );
        form.reset({ syntaxe, fichier: null });
        setDepots((n) => n + 1);
        onDepose(flux, fichier.name);
      } finally {
        setProgression(null);
      }
    },
  });
  const fichier = form.values.fichier;

  return (
    <form className="form narrow" noValidate onSubmit={form.handleSubmit} aria-label="Déposer un flux">
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <SelectField
        field={form.bind('syntaxe')}
        label={labels.syntaxe}
        options={syntaxes}
        required
        hint="E1 : factures structurées (XML UBL ou CII) ; E2 : factures mixtes (PDF Factur-X, ou XML minimal)."
      />
      <FileField
        key={depots}
        field={form.bind('fichier')}
        label={labels.fichier}
        required
        accept=".xml,.pdf,.zip,.tar.gz,.tgz"
        hint={
          <>
            Une facture (.xml ou .pdf) ou un lot de factures (.zip, .tar.gz) ; 120 Mo au plus. Chaque facture
            est contrôlée comme un dépôt du portail ; le compte rendu du flux explique chaque rejet.
            <FichierChoisi fichier={fichier} />
          </>
        }
      />
      <UploadProgress progression={progression} nom={fichier?.name ?? ''} />
      <div className="form__actions">
        <button type="submit" className="button">
          Déposer le flux
        </button>
      </div>
    </form>
  );
}
