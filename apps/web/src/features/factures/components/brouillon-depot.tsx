import { useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { FormMessages } from '../../../components/form/form-messages';
import { LiveMessage } from '../../../components/live-message';
import { PageHeader } from '../../../components/page-header';
import { Stepper, titreEtape } from '../../../components/stepper';
import type { FactureLue } from '../api';
import { useFactureForm } from '../use-facture-form';
import { ApercuPdf, DocumentDepose, documentOriginal } from './document-depose';
import { BoutonEnvoyer, SupprimerBrouillon } from './envoi';
import { FactureSections } from './facture-sections';
import { PiecesJointesSection } from './pieces-jointes-section';

export const ETAPES_DEPOT = [
  'Fichier et cadre',
  'Vérification des données',
  'Pièces jointes et envoi',
] as const;

/**
 * Steps 2 and 3 of « Déposer une facture », on one page so that a refusal at sending brings the
 * user back to the fields concerned with their messages; the error summary sits above both.
 */
type Props = { facture: FactureLue; confirmation: string | null };

export function BrouillonDepot({ facture: initiale, confirmation }: Props) {
  const {
    form,
    facture: enregistree,
    setFacture,
    message,
    enregistrerPuis,
    envoyer,
  } = useFactureForm({
    facture: initiale,
    mode: 'DEPOT',
    fournisseur: initiale.fournisseur,
  });
  const facture = enregistree ?? initiale;
  const [etape, setEtape] = useState<1 | 2>(1);
  const titreRef = useRef<HTMLHeadingElement>(null);
  const allerA = (suivante: 1 | 2) => {
    setEtape(suivante);
    // The step's content replaces the previous one: start reading from its title.
    requestAnimationFrame(() => titreRef.current?.focus());
  };

  return (
    <>
      <PageHeader
        title="Déposer une facture"
        documentTitle={`${titreEtape(ETAPES_DEPOT, etape)} — Déposer une facture`}
      />
      <Stepper steps={ETAPES_DEPOT} current={etape} label="Étapes du dépôt" />
      {confirmation ? <Alert tone="success" title={confirmation} /> : null}
      <LiveMessage message={message} />
      <div className="stack">
        <FormMessages {...form} />
        <h2 ref={titreRef} className="section__title etape__titre" tabIndex={-1}>
          {titreEtape(ETAPES_DEPOT, etape)}
        </h2>
        {etape === 1 ? (
          <>
            <DocumentDepose facture={facture} />
            <div
              className="depot-layout"
              data-apercu={documentOriginal(facture)?.typeMime === 'application/pdf' || undefined}
            >
              <ApercuPdf facture={facture} />
              <form id="facture-depot" className="form" noValidate onSubmit={form.handleSubmit}>
                <FactureSections form={form} mode="DEPOT" fournisseur={facture.fournisseur.raisonSociale} />
              </form>
            </div>
            <div className="form__actions">
              <button type="button" className="button" onClick={() => enregistrerPuis(() => allerA(2))}>
                Continuer
              </button>
              <button type="submit" form="facture-depot" className="button button--secondary">
                Enregistrer
              </button>
              <SupprimerBrouillon facture={facture} />
            </div>
          </>
        ) : (
          <>
            <PiecesJointesSection facture={facture} onChange={setFacture} />
            <div className="form__actions">
              <BoutonEnvoyer valeurs={form.values} onEnvoyer={envoyer} onRefus={() => setEtape(1)} />
              <button type="button" className="button button--secondary" onClick={() => form.submit()}>
                Enregistrer
              </button>
              <button type="button" className="button button--secondary" onClick={() => allerA(1)}>
                Revenir aux données
              </button>
              <SupprimerBrouillon facture={facture} />
            </div>
          </>
        )}
      </div>
    </>
  );
}
