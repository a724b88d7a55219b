import type { FluxDetail as Flux } from '@choral/contracts';
import { Link } from 'react-router';
import { LiveMessage } from '../../../components/live-message';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/paths';
import { formaterDateHeure, pluriel } from '../../../lib/format';
import { StatutBadge } from '../../factures/components/statut-badge';
import { urlCompteRendu } from '../api';
import { EtatFluxBadge } from './etat-flux-badge';

/** One flux: where it stands, its compte rendu, its integrated invoices and every error. */
export function FluxDetail({ flux }: { flux: Flux }) {
  return (
    <>
      <PageHeader
        title={`Flux ${flux.numero}`}
        lead={`« ${flux.nomFichier} », déposé pour ${flux.structure.raisonSociale} (${flux.structure.identifiant}).`}
      />
      <div className="stack">
        <LiveMessage
          tone="info"
          message={flux.termine ? null : 'Intégration en cours : cette page se met à jour automatiquement.'}
        />
        <div className="facture-entete">
          <EtatFluxBadge flux={flux} />
          <span>Depuis le {formaterDateHeure(flux.dateEtat)}</span>
          <a className="button button--secondary button--small" href={urlCompteRendu(flux.id)} download>
            Compte rendu (PDF)
          </a>
        </div>
        <dl className="details">
          <div>
            <dt>Numéro de flux</dt>
            <dd>{flux.numero}</dd>
          </div>
          <div>
            <dt>Déposé le</dt>
            <dd>{formaterDateHeure(flux.dateDepot)}</dd>
          </div>
          <div>
            <dt>Fichier</dt>
            <dd>{flux.nomFichier}</dd>
          </div>
          <div>
            <dt>Syntaxe</dt>
            <dd>
              {flux.libelleSyntaxe} ({flux.syntaxe})
            </dd>
          </div>
          <div>
            <dt>Canal de dépôt</dt>
            <dd>{flux.libelleCanal}</dd>
          </div>
          <div>
            <dt>Factures du flux</dt>
            <dd>
              {flux.nombreFactures === null ? 'En cours de lecture' : pluriel(flux.nombreFactures, 'facture')}{' '}
              : {pluriel(flux.facturesIntegrees, 'intégrée')}, {pluriel(flux.facturesRejetees, 'rejetée')}
            </dd>
          </div>
        </dl>
        <section className="section" aria-labelledby="factures-integrees">
          <h2 id="factures-integrees" className="section__title">
            Factures intégrées
          </h2>
          {flux.factures.length === 0 ? (
            <p className="empty-state">Aucune facture de ce flux n’a été intégrée.</p>
          ) : (
            <div className="table-wrapper">
              <table className="table">
                <caption className="visually-hidden">Factures intégrées du flux {flux.numero}</caption>
                <thead>
                  <tr>
                    <th scope="col">Numéro de facture</th>
                    <th scope="col">Statut</th>
                  </tr>
                </thead>
                <tbody>
                  {flux.factures.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">
                        <Link to={paths.factureEmise.href(f.id)}>{f.numero ?? 'Sans numéro'}</Link>
                      </th>
                      <td>
                        <StatutBadge facture={f} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        {flux.erreursDp.length > 0 ? (
          <section className="section" aria-labelledby="factures-rejetees">
            <h2 id="factures-rejetees" className="section__title">
              Factures rejetées
            </h2>
            <section
              className="table-wrapper"
              aria-label="Motifs de rejet"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls on a narrow screen, without links to reach it by keyboard.
              tabIndex={0}
            >
              <table className="table">
                <caption className="visually-hidden">Factures rejetées du flux {flux.numero}</caption>
                <thead>
                  <tr>
                    <th scope="col">Numéro de facture</th>
                    <th scope="col">Destinataire</th>
                    <th scope="col">Motif du rejet</th>
                  </tr>
                </thead>
                <tbody>
                  {flux.erreursDp.map((e) => (
                    <tr key={`${e.numeroDP}-${e.libelleErreurDP}`}>
                      <th scope="row">{e.numeroDP ?? 'Illisible'}</th>
                      <td>{e.identifiantDestinataire ?? 'Inconnu'}</td>
                      <td>{e.libelleErreurDP}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </section>
        ) : null}
        {flux.erreursTechniques.length > 0 ? (
          <section className="section" aria-labelledby="erreurs-techniques">
            <h2 id="erreurs-techniques" className="section__title">
              Erreurs techniques
            </h2>
            <ul className="bullet-list">
              {flux.erreursTechniques.map((e) => (
                <li key={e.codeErreur}>
                  {e.libelleErreur} <span className="table__code">({e.codeErreur})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p>
          <Link to={paths.suiviFlux.href(flux.structure.id)}>Retour au suivi des flux</Link>
        </p>
      </div>
    </>
  );
}
