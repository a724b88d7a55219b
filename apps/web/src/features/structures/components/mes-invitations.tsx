import type { MonInvitation } from '@choral/contracts';
import { useState } from 'react';
import { LiveMessage } from '../../../components/live-message';
import { libelleRole } from '../../../config/libelles';
import { isApiError } from '../../../lib/api-error';
import { formaterDateHeure } from '../../../lib/format';
import { session } from '../../../lib/session';
import { useApiData } from '../../../lib/use-api-data';
import { listerMesInvitations, repondreInvitation } from '../api';

/**
 * Invitations from gestionnaires to join their structure: nobody is attached without accepting
 * here. Shown only while there are some, or to confirm the last answer.
 */
export function MesInvitations() {
  const { state, recharger } = useApiData('mes-invitations', listerMesInvitations);
  const [message, setMessage] = useState<{ texte: string; ton: 'success' | 'error' } | null>(null);
  const invitations = state.statut === 'pret' ? state.donnees : [];

  async function repondre(invitation: MonInvitation, reponse: 'acceptation' | 'refus') {
    const nom = invitation.structure.raisonSociale;
    try {
      await repondreInvitation(invitation.id, reponse);
      setMessage({
        ton: 'success',
        texte:
          reponse === 'acceptation'
            ? `Vous êtes maintenant rattaché(e) à ${nom}.`
            : `Vous avez décliné l’invitation de ${nom}.`,
      });
      if (reponse === 'acceptation') await session.recharger();
    } catch (erreur) {
      setMessage({ ton: 'error', texte: isApiError(erreur) ? erreur.detail : 'Une erreur est survenue.' });
    }
    recharger();
  }

  if (invitations.length === 0 && !message) return null;
  return (
    <section className="section" aria-labelledby="mes-invitations">
      <h2 id="mes-invitations" className="section__title">
        Invitations
      </h2>
      <LiveMessage message={message?.texte ?? null} tone={message?.ton} />
      <ul className="invitations">
        {invitations.map((invitation) => {
          const nom = invitation.structure.raisonSociale;
          return (
            <li key={invitation.id} className="panel">
              <p>
                {invitation.invitePar ?? 'Un gestionnaire'} vous invite à rejoindre <strong>{nom}</strong>{' '}
                comme {libelleRole[invitation.role].toLowerCase()}
                {invitation.services.length > 0
                  ? `, services : ${invitation.services.map((s) => s.libelle).join(', ')}`
                  : ''}
                . Invitation valable jusqu’au {formaterDateHeure(invitation.expireLe)}.
              </p>
              <div className="form__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Accepter l’invitation de ${nom}`}
                  onClick={() => repondre(invitation, 'acceptation')}
                >
                  Accepter
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`Décliner l’invitation de ${nom}`}
                  onClick={() => repondre(invitation, 'refus')}
                >
                  Décliner
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
