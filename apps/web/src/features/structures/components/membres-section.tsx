import type { Membre, Structure } from '@choral/contracts';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Dialog } from '../../../components/dialog';
import { LiveMessage } from '../../../components/live-message';
import { LoadedData } from '../../../components/loaded-data';
import { libelleRole } from '../../../config/libelles';
import { session } from '../../../lib/session';
import { useApiData } from '../../../lib/use-api-data';
import { detacherMembre, listerMembres, transfererPrincipal } from '../api';
import { MembreForm } from './membre-form';

type Action = { kind: 'rattacher' } | { kind: 'modifier' | 'detacher' | 'transferer'; membre: Membre } | null;

function nomDe(membre: Membre): string {
  return `${membre.prenom} ${membre.nom}`;
}

/** Users of the structure, for its gestionnaires: role, services, and what `actions` allows. */
export function MembresSection({ structure, onChange }: { structure: Structure; onChange: () => void }) {
  const { state, recharger } = useApiData(`membres-${structure.id}`, (signal) =>
    listerMembres(structure.id, signal),
  );
  const [action, setAction] = useState<Action>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ouvrir = (suivante: Action) => {
    setMessage(null);
    setAction(suivante);
  };
  const fait = (texte: string) => {
    setAction(null);
    setMessage(texte);
    recharger();
    onChange();
  };
  const fermer = (open: boolean) => {
    if (!open) setAction(null);
  };

  return (
    <section className="panel panel--wide" aria-labelledby="utilisateurs">
      <div className="panel__header">
        <h2 id="utilisateurs" className="panel__title">
          Utilisateurs
        </h2>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => ouvrir({ kind: 'rattacher' })}
        >
          Rattacher un utilisateur
        </button>
      </div>
      <LiveMessage message={message} />
      <LoadedData state={state} onRetry={recharger} what="les utilisateurs">
        {(membres) => (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">Utilisateurs de {structure.raisonSociale}</caption>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Adresse électronique</th>
                  <th scope="col">Rôle</th>
                  <th scope="col">Services</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {membres.map((membre) => {
                  const nom = nomDe(membre);
                  return (
                    <tr key={membre.utilisateurId}>
                      <th scope="row">{nom}</th>
                      <td>{membre.email}</td>
                      <td>{libelleRole[membre.role]}</td>
                      <td>
                        {membre.services.length > 0 ? membre.services.map((s) => s.code).join(', ') : 'Tous'}
                      </td>
                      <td className="table__actions">
                        {membre.actions.modifier ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => ouvrir({ kind: 'modifier', membre })}
                          >
                            Modifier<span className="visually-hidden"> {nom}</span>
                          </button>
                        ) : null}
                        {membre.actions.detacher ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => ouvrir({ kind: 'detacher', membre })}
                          >
                            Détacher<span className="visually-hidden"> {nom}</span>
                          </button>
                        ) : null}
                        {structure.actions.transfererPrincipal && membre.role !== 'GESTIONNAIRE_PRINCIPAL' ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => ouvrir({ kind: 'transferer', membre })}
                          >
                            Transférer le rôle principal<span className="visually-hidden"> à {nom}</span>
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </LoadedData>
      <Dialog
        title={action?.kind === 'modifier' ? `Modifier ${nomDe(action.membre)}` : 'Rattacher un utilisateur'}
        isOpen={action?.kind === 'rattacher' || action?.kind === 'modifier'}
        onOpenChange={fermer}
      >
        {action?.kind === 'rattacher' || action?.kind === 'modifier' ? (
          <MembreForm
            structure={structure}
            membre={action.kind === 'modifier' ? action.membre : null}
            onSaved={fait}
            onCancel={() => setAction(null)}
          />
        ) : null}
      </Dialog>
      {action?.kind === 'detacher' ? (
        <ConfirmDialog
          title={`Détacher ${nomDe(action.membre)} ?`}
          isOpen
          onOpenChange={fermer}
          confirmLabel="Détacher"
          onConfirm={async () => {
            await detacherMembre(structure.id, action.membre.utilisateurId);
            fait(`${nomDe(action.membre)} a été détaché(e) de la structure.`);
          }}
        >
          <p>
            {nomDe(action.membre)} n’aura plus accès à {structure.raisonSociale} ni à ses factures.
          </p>
        </ConfirmDialog>
      ) : null}
      {action?.kind === 'transferer' ? (
        <ConfirmDialog
          title={`Transférer le rôle de gestionnaire principal à ${nomDe(action.membre)} ?`}
          isOpen
          onOpenChange={fermer}
          confirmLabel="Transférer le rôle"
          onConfirm={async () => {
            await transfererPrincipal(structure.id, action.membre.utilisateurId);
            await session.recharger();
            fait(
              `${nomDe(action.membre)} est maintenant gestionnaire principal ; vous devenez gestionnaire secondaire.`,
            );
          }}
        >
          <p>Vous deviendrez gestionnaire secondaire de {structure.raisonSociale}.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
