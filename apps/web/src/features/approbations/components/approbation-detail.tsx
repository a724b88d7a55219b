import { LIBELLES_ESPACE } from '@choral/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { LiveMessage } from '../../../components/live-message';
import { LoadedData } from '../../../components/loaded-data';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { formaterDateHeure } from '../../../lib/format';
import { useUtilisateur } from '../../../lib/session';
import { useApiData } from '../../../lib/use-api-data';
import { consulterApprobation } from '../api';
import { deciderEtConfirmer } from '../decision';
import { EtatDemandeBadge } from './etat-demande';
import { RefusDialog } from './refus-dialog';

/** One request: its fields, the approver, the requester's comment, then Approuver / Refuser. */
export function ApprobationDetail({ id }: { id: number }) {
  const moi = useUtilisateur();
  const { state, recharger } = useApiData(`approbation-${id}`, (signal) => consulterApprobation(id, signal));
  const [refus, setRefus] = useState<number[] | null>(null);
  const [message, setMessage] = useState<{ texte: string; tone: 'success' | 'error' } | null>(null);

  const fait = (texte: string) => {
    setRefus(null);
    setMessage({ texte, tone: 'success' });
    recharger();
  };
  const approuver = async () => {
    setMessage(null);
    try {
      fait(await deciderEtConfirmer([id], 'APPROUVER'));
    } catch (error) {
      setMessage({
        texte: isApiError(error) ? error.detail : 'Une erreur inattendue est survenue.',
        tone: 'error',
      });
      recharger();
    }
  };

  return (
    <LoadedData state={state} onRetry={recharger} what="la demande">
      {(a) => (
        <>
          <PageHeader
            title={a.description}
            documentTitle={`Demande n° ${a.id}`}
            lead={`Demande n° ${a.id}`}
          />
          <p>
            <Link to={paths.approbations.href()}>Retour aux approbations</Link>
          </p>
          <LiveMessage message={message?.tone === 'success' ? message.texte : null} />
          <LiveMessage message={message?.tone === 'error' ? message.texte : null} tone="error" />
          <section className="panel panel--wide" aria-labelledby="demande">
            <h2 id="demande" className="panel__title">
              Demande de rattachement
            </h2>
            <dl className="details">
              <div>
                <dt>État</dt>
                <dd>
                  <EtatDemandeBadge etat={a.etat} />
                </dd>
              </div>
              <div>
                <dt>Description</dt>
                <dd>{a.description}</dd>
              </div>
              <div>
                <dt>Demandeur</dt>
                <dd>
                  {a.demandeur.prenom} {a.demandeur.nom} ({a.demandeur.email})
                </dd>
              </div>
              <div>
                <dt>Structure</dt>
                <dd>
                  {a.structure.raisonSociale} ({a.structure.identifiant})
                </dd>
              </div>
              <div>
                <dt>Service</dt>
                <dd>
                  {a.services.length > 0
                    ? a.services.map((s) => `${s.libelle} (${s.code})`).join(', ')
                    : 'Tous'}
                </dd>
              </div>
              <div>
                <dt>Habilitations demandées</dt>
                <dd>
                  {a.espaces.length > 0 ? a.espaces.map((e) => LIBELLES_ESPACE[e]).join(', ') : 'Aucune'}
                </dd>
              </div>
              <div>
                <dt>Date de la demande</dt>
                <dd>{formaterDateHeure(a.demandeLe)}</dd>
              </div>
              <div>
                <dt>Approbateur</dt>
                <dd>
                  {a.decideur ? `${a.decideur.prenom} ${a.decideur.nom}` : `${moi.prenom} ${moi.nom} (vous)`}
                </dd>
              </div>
              <div>
                <dt>Commentaire du demandeur</dt>
                <dd>{a.commentaire ?? 'Aucun commentaire.'}</dd>
              </div>
              {a.decideLe ? (
                <div>
                  <dt>Date de la décision</dt>
                  <dd>{formaterDateHeure(a.decideLe)}</dd>
                </div>
              ) : null}
              {a.commentaireDecision ? (
                <div>
                  <dt>Commentaire de la décision</dt>
                  <dd>{a.commentaireDecision}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          {a.etat === 'EN_ATTENTE' ? (
            <div className="form__actions decision-bar">
              <button type="button" className="button" onClick={approuver}>
                Approuver
              </button>
              <button
                type="button"
                className="button button--danger-secondary"
                onClick={() => setRefus([a.id])}
              >
                Refuser
              </button>
            </div>
          ) : null}
          <RefusDialog ids={refus} onClose={() => setRefus(null)} onDone={fait} />
        </>
      )}
    </LoadedData>
  );
}
