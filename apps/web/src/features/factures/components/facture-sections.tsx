import type { EntreeAnnuaire } from '@choral/contracts';
import { useState } from 'react';
import { TextAreaField } from '../../../components/form/fields';
import type { FactureForm } from '../use-facture-form';
import { labelsFixes, type Mode } from '../valeurs-formulaire';
import { DestinataireSection, exigencesDe } from './destinataire-section';
import { FournisseurSection } from './fournisseur-section';
import { IdentificationSection } from './identification-section';
import { LignesSection } from './lignes-section';
import { MontantsSection } from './montants-section';
import { ReferencesSection } from './references-section';
import { ValideurSection } from './valideur-section';

type Props = { form: FactureForm; mode: Mode; fournisseur: string };

/** The invoice's fields, grouped as on Chorus Pro; amounts are typed (deposit) or computed (manual entry). */
export function FactureSections({ form, mode, fournisseur }: Props) {
  const [entree, setEntree] = useState<EntreeAnnuaire | null>(null);
  const exigences = exigencesDe(entree, form.values['destinataire.codeService'] ?? '');
  return (
    <>
      <p className="form__note">
        Les champs marqués d’un astérisque (*) sont obligatoires pour envoyer la facture ; un brouillon peut
        être enregistré incomplet.
      </p>
      <IdentificationSection form={form} />
      <DestinataireSection form={form} entree={entree} onEntree={setEntree} />
      <ValideurSection form={form} />
      <FournisseurSection form={form} raisonSociale={fournisseur} />
      <ReferencesSection form={form} exigences={exigences} />
      {mode === 'SAISIE' ? <LignesSection form={form} /> : <MontantsSection form={form} />}
      <TextAreaField
        field={form.bind('commentaire')}
        label={labelsFixes.commentaire}
        hint="Facultatif, 200 caractères au plus : une mention pour le destinataire (subrogation…)."
      />
    </>
  );
}
