import { CadreDepotSchema, DepotFichierChampsSchema } from '@choral/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FichierChoisi } from '../../../components/fichier-choisi';
import { FileField, RequiredFieldsNote, SelectField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { type Progression, UploadProgress } from '../../../components/upload-progress';
import { paths } from '../../../config/paths';
import { type Cadre, deposerFichier } from '../api';
import { libelleCadre, libelleFormat, tailleFichierRefusee } from '../libelles';

const labels = { cadre: 'Cadre de facturation', fichier: 'Fichier de la facture' };
const cadres = CadreDepotSchema.options.map((value) => ({ value, label: libelleCadre(value) }));

function verifierFichier(fichier: File | null): string | undefined {
  if (!fichier) return 'Choisissez le fichier de la facture.';
  if (!/\.(pdf|xml)$/i.test(fichier.name))
    return 'Déposez un fichier .pdf (PDF ou Factur-X) ou .xml (CII ou UBL).';
  return tailleFichierRefusee(fichier);
}

/** Step 1 of « Déposer une facture »: the cadre, then the file, sent with a progress bar. */
export function DepotFichierForm({ structureId }: { structureId: number }) {
  const navigate = useNavigate();
  const [progression, setProgression] = useState<Progression>(null);
  const form = useForm({
    initial: { cadre: 'A1', fichier: null as File | null },
    schema: DepotFichierChampsSchema.pick({ cadre: true }),
    labels,
    validate: (values) => {
      const erreur = verifierFichier(values.fichier);
      return erreur ? { fichier: erreur } : {};
    },
    onSubmit: async ({ cadre }, { fichier }) => {
      if (!fichier) return;
      try {
        const brouillon = await deposerFichier(
          { structureId, cadre: cadre as Cadre, fichier },
          { onProgress: (envoye, total) => setProgression({ envoye, total }) },
        );
        const format = brouillon.formatOrigine ? libelleFormat[brouillon.formatOrigine] : 'inconnu';
        const profil = brouillon.profil ? `, profil ${brouillon.profil}` : '';
        const suite =
          brouillon.formatOrigine === 'pdf-simple'
            ? 'Saisissez les données de la facture à côté de son aperçu.'
            : 'Vérifiez les données pré-remplies.';
        await navigate(paths.brouillon.href(brouillon.id), {
          state: {
            confirmation: `Le fichier « ${fichier.name} » a été déposé (format ${format}${profil}). ${suite}`,
          },
        });
      } finally {
        setProgression(null);
      }
    },
  });
  const fichier = form.values.fichier;

  return (
    <form className="form narrow" noValidate onSubmit={form.handleSubmit}>
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <SelectField
        field={form.bind('cadre')}
        label={labels.cadre}
        options={cadres}
        required
        hint="A1 par défaut : facture d’un fournisseur à une entité publique. Les factures de travaux se déposent dans « Factures de travaux »."
      />
      <FileField
        field={form.bind('fichier')}
        label={labels.fichier}
        required
        accept=".pdf,.xml"
        hint={
          <>
            PDF, Factur-X, XML CII ou UBL ; 120 Mo au plus. Les données d’un Factur-X ou d’un XML
            pré-remplissent la facture ; pour un PDF simple, vous les saisirez à côté de son aperçu.
            <FichierChoisi fichier={fichier} />
          </>
        }
      />
      <UploadProgress progression={progression} nom={fichier?.name ?? ''} />
      <div className="form__actions">
        <button type="submit" className="button">
          Déposer le fichier
        </button>
      </div>
    </form>
  );
}
