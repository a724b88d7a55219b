import { useState } from 'react';
import { Link } from 'react-router';
import { LiveMessage } from '../../../components/live-message';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/paths';
import { formaterDateHeure } from '../../../lib/format';
import { type FactureLue, urlDocument } from '../api';
import { ApercuPdf } from './apercu-pdf';
import { DocumentsFacture, DonneesFacture, HistoriqueFacture } from './donnees-facture';
import { PiecesJointesSection } from './pieces-jointes-section';
import { StatutBadge } from './statut-badge';
import { TraiterFacture } from './traiter-facture';

/** The invoice's PDF to show: the one deposited, else the Factur-X generated from its data. */
function pdfDe(facture: FactureLue) {
  return facture.documents.find((d) => d.role !== 'PIECE_JOINTE' && d.typeMime === 'application/pdf');
}

/** « Consulter la facture », for its supplier or its recipient: status, PDF, data, history, « Traiter ». */
export function FactureDetail({ facture: chargee }: { facture: FactureLue }) {
  const [facture, setFacture] = useState(chargee);
  const [message, setMessage] = useState<string | null>(null);
  const numero = facture.identification.numero;
  const pdf = pdfDe(facture);
  const recue = facture.cote === 'DESTINATAIRE';
  const retour = {
    DESTINATAIRE: { to: paths.facturesRecues.href(), label: 'Retour aux factures reçues' },
    VALIDEUR: { to: paths.facturesAValider.href(), label: 'Retour aux factures à valider' },
    FOURNISSEUR: {
      to: paths.facturesEmises.href(facture.fournisseur.id),
      label: 'Retour aux factures émises',
    },
  }[facture.cote];
  const dernierMotif = facture.historique.findLast((e) => e.motif)?.motif;
  return (
    <>
      <PageHeader
        title={numero ? `Facture ${numero}` : 'Facture sans numéro'}
        lead={`${facture.fournisseur.raisonSociale} → ${facture.destinataire.raisonSociale ?? 'destinataire à choisir'}`}
      />
      <div className="stack">
        <LiveMessage message={message} />
        <div className="facture-entete">
          <StatutBadge facture={facture} />
          {facture.numeroPortail ? <span>Numéro portail : {facture.numeroPortail}</span> : null}
          {facture.dateDepot ? <span>Déposée le {formaterDateHeure(facture.dateDepot)}</span> : null}
          {facture.flux && !recue ? (
            <span>
              Flux <Link to={paths.flux.href(facture.flux.id)}>{facture.flux.numero}</Link>
            </span>
          ) : null}
          {facture.dateMiseADisposition ? (
            <span>Mise à disposition le {formaterDateHeure(facture.dateMiseADisposition)}</span>
          ) : null}
          {facture.debutDelaiPaiement ? (
            <span>Délai de paiement depuis le {formaterDateHeure(facture.debutDelaiPaiement)}</span>
          ) : null}
          {facture.numeroMandat ? <span>Mandat n° {facture.numeroMandat}</span> : null}
          {facture.acquitteLe ? <span>Rejet acquitté le {formaterDateHeure(facture.acquitteLe)}</span> : null}
        </div>
        {facture.valideur ? (
          <p>
            Valideur : {facture.valideur.raisonSociale} ({facture.valideur.identifiant}
            {facture.valideur.codeService ? `, service ${facture.valideur.codeService}` : ''})
            {facture.statut === 'A_VALIDER_1' && facture.miseAValidationLe
              ? ` — à valider depuis le ${formaterDateHeure(facture.miseAValidationLe)} ; sans réponse sous 15 jours, la facture est validée tacitement.`
              : ''}
          </p>
        ) : null}
        {dernierMotif &&
        ['SUSPENDUE', 'REJETEE', 'A_RECYCLER', 'REFUSEE_1', 'ERREUR_FOURNISSEUR_SUR_VALIDEUR'].includes(
          facture.statut,
        ) ? (
          <p className="alert alert--info">
            <strong>Motif : </strong>
            {dernierMotif}
          </p>
        ) : null}
        {facture.actions.modifier ? (
          <div className="actions">
            <Link className="button" to={paths.brouillon.href(facture.id)}>
              Reprendre le brouillon
            </Link>
          </div>
        ) : null}
        {!recue && facture.statut === 'SUSPENDUE' ? (
          <PiecesJointesSection facture={facture} onChange={setFacture} justificatif />
        ) : null}
        <TraiterFacture
          facture={facture}
          onTraitee={(suivante, texte) => {
            setFacture(suivante);
            setMessage(texte);
          }}
        />
        {pdf ? (
          <section className="panel panel--wide" aria-labelledby="apercu">
            <h2 id="apercu" className="panel__title">
              Facture au format PDF
            </h2>
            <ApercuPdf
              url={urlDocument(facture.id, pdf.id, true)}
              nom={pdf.nom}
              urlTelechargement={urlDocument(facture.id, pdf.id)}
            />
          </section>
        ) : null}
        <DonneesFacture facture={facture} />
        <DocumentsFacture facture={facture} />
        <HistoriqueFacture facture={facture} />
        <p>
          <Link to={retour.to}>{retour.label}</Link>
        </p>
      </div>
    </>
  );
}
