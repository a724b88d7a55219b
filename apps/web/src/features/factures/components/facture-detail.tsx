import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/paths';
import { formaterDateHeure } from '../../../lib/format';
import type { FactureLue } from '../api';
import { DocumentsFacture, DonneesFacture, HistoriqueFacture } from './donnees-facture';
import { StatutBadge } from './statut-badge';

/** « Consulter la facture »: its status, data, documents and history. */
export function FactureDetail({ facture }: { facture: FactureLue }) {
  const numero = facture.identification.numero;
  return (
    <>
      <PageHeader
        title={numero ? `Facture ${numero}` : 'Facture sans numéro'}
        lead={`${facture.fournisseur.raisonSociale} → ${facture.destinataire.raisonSociale ?? 'destinataire à choisir'}`}
      />
      <div className="stack">
        <div className="facture-entete">
          <StatutBadge facture={facture} />
          {facture.numeroPortail ? <span>Numéro portail : {facture.numeroPortail}</span> : null}
          {facture.dateDepot ? <span>Déposée le {formaterDateHeure(facture.dateDepot)}</span> : null}
        </div>
        {facture.actions.modifier ? (
          <div className="actions">
            <Link className="button" to={paths.brouillon.href(facture.id)}>
              Reprendre le brouillon
            </Link>
          </div>
        ) : null}
        <DonneesFacture facture={facture} />
        <DocumentsFacture facture={facture} />
        <HistoriqueFacture facture={facture} />
        <p>
          <Link to={paths.facturesEmises.href(facture.fournisseur.id)}>Retour aux factures émises</Link>
        </p>
      </div>
    </>
  );
}
