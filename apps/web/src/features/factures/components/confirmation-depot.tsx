import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/paths';
import { formaterDateHeure, formaterMontant } from '../../../lib/format';
import type { FactureLue } from '../api';

/**
 * The deposit certificate (« accusé de dépôt »), printable: its data comes from the invoice
 * itself, so the page can be opened again, or reloaded, to print it.
 */
export function ConfirmationDepot({ facture }: { facture: FactureLue }) {
  const { identification: id, destinataire: d, montants: m } = facture;
  if (!facture.numeroPortail || !facture.dateDepot) {
    return (
      <>
        <PageHeader title="Facture non déposée" />
        <p>Cette facture n’a pas encore été envoyée.</p>
        <p>
          <Link to={paths.brouillon.href(facture.id)}>Reprendre le brouillon</Link>
        </p>
      </>
    );
  }
  const avertissements = facture.constats.filter((c) => c.severite === 'avertissement');
  return (
    <>
      <PageHeader title="Facture déposée" documentTitle={`Accusé de dépôt ${facture.numeroPortail}`} />
      <div className="stack">
        <Alert
          tone="success"
          title={`Votre facture a été déposée sous le numéro ${facture.numeroPortail}.`}
          focus
        >
          {facture.valideur && facture.statut === 'A_VALIDER_1' ? (
            <p>
              Elle attend la validation de {facture.valideur.raisonSociale}, qui a 15 jours pour l’accepter ou
              la refuser ; elle sera ensuite transmise à {d.raisonSociale}. Conservez cet accusé de dépôt.
            </p>
          ) : (
            <p>Elle va être transmise à {d.raisonSociale}. Conservez cet accusé de dépôt.</p>
          )}
        </Alert>
        <section className="panel panel--wide certificat" aria-labelledby="accuse-depot">
          <h2 id="accuse-depot" className="panel__title">
            Accusé de dépôt
          </h2>
          <p className="certificat__mention">
            Émis par Choral, émulateur de Chorus Pro : ce document n’a aucune valeur officielle.
          </p>
          <dl className="details">
            <div>
              <dt>Numéro portail</dt>
              <dd>{facture.numeroPortail}</dd>
            </div>
            <div>
              <dt>Date de dépôt</dt>
              <dd>{formaterDateHeure(facture.dateDepot)}</dd>
            </div>
            <div>
              <dt>Statut</dt>
              <dd>{facture.libelleStatut}</dd>
            </div>
            <div>
              <dt>Numéro de facture</dt>
              <dd>{id.numero}</dd>
            </div>
            <div>
              <dt>Fournisseur</dt>
              <dd>
                {facture.fournisseur.raisonSociale} ({facture.fournisseur.identifiant})
              </dd>
            </div>
            <div>
              <dt>Destinataire</dt>
              <dd>
                {d.raisonSociale} ({d.identifiant}){d.codeService ? `, service ${d.codeService}` : ''}
              </dd>
            </div>
            {facture.valideur ? (
              <div>
                <dt>Valideur</dt>
                <dd>
                  {facture.valideur.raisonSociale} ({facture.valideur.identifiant})
                  {facture.valideur.codeService ? `, service ${facture.valideur.codeService}` : ''}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>Montant HT</dt>
              <dd>{m.montantHt ? formaterMontant(m.montantHt, id.devise) : '—'}</dd>
            </div>
            <div>
              <dt>Montant TTC</dt>
              <dd>{m.montantTtc ? formaterMontant(m.montantTtc, id.devise) : '—'}</dd>
            </div>
            <div>
              <dt>Montant à payer</dt>
              <dd>{m.montantAPayer ? formaterMontant(m.montantAPayer, id.devise) : '—'}</dd>
            </div>
            <div className="certificat__empreinte">
              <dt>Empreinte du dépôt (SHA-256)</dt>
              <dd className="table__code">{facture.empreinte}</dd>
            </div>
          </dl>
          {avertissements.length > 0 ? (
            <>
              <h3 className="fieldset__subtitle">Avertissements</h3>
              <ul className="constats">
                {avertissements.map((c) => (
                  <li key={`${c.regle}-${c.emplacement}`}>
                    <Badge tone="warning">Avertissement</Badge> <span className="table__code">{c.regle}</span>{' '}
                    : {c.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <div className="actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Imprimer
          </button>
          <Link className="button button--secondary" to={paths.factureEmise.href(facture.id)}>
            Consulter la facture
          </Link>
          <Link className="button button--secondary" to={paths.facturesEmises.href(facture.fournisseur.id)}>
            Retour aux factures émises
          </Link>
        </div>
      </div>
    </>
  );
}
