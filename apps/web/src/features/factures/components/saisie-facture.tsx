import { Alert } from '../../../components/alert';
import { FormMessages } from '../../../components/form/form-messages';
import { LiveMessage } from '../../../components/live-message';
import { PageHeader } from '../../../components/page-header';
import type { FactureLue } from '../api';
import { useFactureForm } from '../use-facture-form';
import { BoutonEnvoyer, SupprimerBrouillon } from './envoi';
import { FactureSections } from './facture-sections';
import { PiecesJointesSection } from './pieces-jointes-section';

type Props = {
  /** The draft to resume, or null for a new entry. */
  facture: FactureLue | null;
  fournisseur: { id: number; identifiant: string; raisonSociale: string };
  confirmation?: string | null;
};

/** « Saisir une facture »: the form, its lines and live totals, attachments once saved. */
export function SaisieFacture({ facture: initiale, fournisseur, confirmation }: Props) {
  const { form, facture, setFacture, message, envoyer } = useFactureForm({
    facture: initiale,
    mode: 'SAISIE',
    fournisseur,
  });
  return (
    <>
      <PageHeader
        title="Saisir une facture"
        lead={`Au nom de ${fournisseur.raisonSociale}. Le portail produira la facture au format Factur-X à l’envoi.`}
      />
      {confirmation ? <Alert tone="success" title={confirmation} /> : null}
      <LiveMessage message={message} />
      <div className="stack">
        <form id="facture-saisie" className="form" noValidate onSubmit={form.handleSubmit}>
          <FormMessages {...form} />
          <FactureSections form={form} mode="SAISIE" fournisseur={fournisseur.raisonSociale} />
        </form>
        {facture ? (
          <PiecesJointesSection facture={facture} onChange={setFacture} />
        ) : (
          <p className="field__hint">
            Vous pourrez ajouter des pièces jointes une fois le brouillon enregistré.
          </p>
        )}
        <div className="form__actions">
          <BoutonEnvoyer valeurs={form.values} onEnvoyer={envoyer} />
          <button type="submit" form="facture-saisie" className="button button--secondary">
            Enregistrer
          </button>
          {facture ? <SupprimerBrouillon facture={facture} /> : null}
        </div>
      </div>
    </>
  );
}
