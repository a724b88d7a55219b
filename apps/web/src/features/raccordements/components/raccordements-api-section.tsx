import { type CompteTechnique, LIBELLES_ESPACE_API, type Structure } from '@choral/contracts';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Dialog } from '../../../components/dialog';
import { LoadedData } from '../../../components/loaded-data';
import { formaterDateHeure, formaterJour } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { changerActivation, genererApplication, lireRaccordement, renouvelerMotDePasse } from '../api';
import { CompteTechniqueForm } from './compte-technique-form';

/** A secret shown once, right after it was generated. */
type Secret = { titre: string; lignes: { libelle: string; valeur: string }[] };

type Action =
  | { kind: 'regenerer' | 'creer' }
  | { kind: 'desactiver' | 'renouveler'; compte: CompteTechnique }
  | null;

function SecretAffiche({ secret }: { secret: Secret }) {
  return (
    <Alert tone="success" title={secret.titre} focus>
      <p>Copiez-le maintenant : il ne sera plus jamais affiché.</p>
      <dl className="details">
        {secret.lignes.map((l) => (
          <div key={l.libelle}>
            <dt>{l.libelle}</dt>
            <dd>
              <code>{l.valeur}</code>
            </dd>
          </div>
        ))}
      </dl>
    </Alert>
  );
}

/**
 * « Raccordements API » (gestionnaire principal): the structure's API application (client id,
 * secret shown once) and its comptes techniques, which ERP connectors send in cpro-account.
 */
export function RaccordementsApiSection({ structure }: { structure: Structure }) {
  const { state, recharger } = useApiData(`raccordement-${structure.id}`, (signal) =>
    lireRaccordement(structure.id, signal),
  );
  const [action, setAction] = useState<Action>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const montrer = (s: Secret) => {
    setAction(null);
    setSecret(s);
    recharger();
  };
  const fermer = (open: boolean) => {
    if (!open) setAction(null);
  };
  const application = async () => {
    const ids = await genererApplication(structure.id);
    montrer({
      titre: 'Secret de l’application API',
      lignes: [
        { libelle: 'Identifiant client (client_id)', valeur: ids.clientId },
        { libelle: 'Secret (client_secret)', valeur: ids.clientSecret },
      ],
    });
  };
  const motDePasse = (cree: { compte: CompteTechnique; motDePasse: string }) =>
    montrer({
      titre: `Mot de passe du compte technique ${cree.compte.login}`,
      lignes: [
        { libelle: 'Login', valeur: cree.compte.login },
        { libelle: 'Mot de passe', valeur: cree.motDePasse },
      ],
    });

  return (
    <section className="panel panel--wide" aria-labelledby="raccordements-api">
      <div className="panel__header">
        <h2 id="raccordements-api" className="panel__title">
          Raccordements API
        </h2>
      </div>
      <p>
        Un logiciel (ERP, logiciel comptable) dépose et suit les factures de la structure par l’API compatible
        Chorus Pro : il obtient un jeton avec l’application, puis agit au nom d’un compte technique.
      </p>
      {secret ? <SecretAffiche secret={secret} /> : null}
      <LoadedData state={state} onRetry={recharger} what="les raccordements">
        {({ application: app, comptes }) => (
          <>
            <h3>Application API</h3>
            {app ? (
              <>
                <dl className="details">
                  <div>
                    <dt>Identifiant client (client_id)</dt>
                    <dd>
                      <code>{app.clientId}</code>
                    </dd>
                  </div>
                  <div>
                    <dt>Créée le</dt>
                    <dd>{formaterDateHeure(app.creeLe)}</dd>
                  </div>
                </dl>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setAction({ kind: 'regenerer' })}
                >
                  Régénérer le secret
                </button>
              </>
            ) : (
              <>
                <p>Aucune application API.</p>
                <button type="button" className="button button--small" onClick={application}>
                  Créer l’application API
                </button>
              </>
            )}
            <h3>Comptes techniques</h3>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setAction({ kind: 'creer' })}
            >
              Créer un compte technique
            </button>
            {comptes.length === 0 ? (
              <p>Aucun compte technique.</p>
            ) : (
              <div className="table-wrapper">
                <table className="table">
                  <caption className="visually-hidden">
                    Comptes techniques de {structure.raisonSociale}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Login</th>
                      <th scope="col">Espaces</th>
                      <th scope="col">Services</th>
                      <th scope="col">État</th>
                      <th scope="col">Dernière utilisation</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {comptes.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">
                          <code>{c.login}</code>
                        </th>
                        <td>{c.espaces.map((e) => LIBELLES_ESPACE_API[e]).join(', ')}</td>
                        <td>{c.services.length > 0 ? c.services.map((s) => s.code).join(', ') : 'Tous'}</td>
                        <td>
                          <Badge tone={c.desactive ? 'neutral' : 'success'}>
                            {c.desactive ? 'Désactivé' : 'Actif'}
                          </Badge>{' '}
                          mot de passe valable jusqu’au {formaterJour(c.motDePasseExpireLe.slice(0, 10))}
                        </td>
                        <td>
                          {c.derniereUtilisationLe ? formaterDateHeure(c.derniereUtilisationLe) : 'Jamais'}
                        </td>
                        <td className="table__actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => setAction({ kind: 'desactiver', compte: c })}
                          >
                            {c.desactive ? 'Réactiver' : 'Désactiver'}
                            <span className="visually-hidden"> {c.login}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => setAction({ kind: 'renouveler', compte: c })}
                          >
                            Renouveler le mot de passe<span className="visually-hidden"> de {c.login}</span>
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </LoadedData>
      <Dialog title="Créer un compte technique" isOpen={action?.kind === 'creer'} onOpenChange={fermer}>
        <CompteTechniqueForm structure={structure} onCreated={motDePasse} onCancel={() => setAction(null)} />
      </Dialog>
      {action?.kind === 'regenerer' ? (
        <ConfirmDialog
          title="Régénérer le secret ?"
          isOpen
          onOpenChange={fermer}
          confirmLabel="Régénérer le secret"
          onConfirm={application}
        >
          <p>L’ancien secret cessera de fonctionner et les jetons en cours seront révoqués.</p>
        </ConfirmDialog>
      ) : null}
      {action?.kind === 'desactiver' ? (
        <ConfirmDialog
          title={`${action.compte.desactive ? 'Réactiver' : 'Désactiver'} ${action.compte.login} ?`}
          isOpen
          onOpenChange={fermer}
          confirmLabel={action.compte.desactive ? 'Réactiver' : 'Désactiver'}
          onConfirm={async () => {
            await changerActivation(structure.id, action.compte.id, !action.compte.desactive);
            setAction(null);
            recharger();
          }}
        >
          <p>
            {action.compte.desactive
              ? 'Le compte pourra de nouveau appeler l’API.'
              : 'Les appels de ce compte seront refusés dès maintenant.'}
          </p>
        </ConfirmDialog>
      ) : null}
      {action?.kind === 'renouveler' ? (
        <ConfirmDialog
          title={`Renouveler le mot de passe de ${action.compte.login} ?`}
          isOpen
          onOpenChange={fermer}
          confirmLabel="Renouveler le mot de passe"
          onConfirm={async () => motDePasse(await renouvelerMotDePasse(structure.id, action.compte.id))}
        >
          <p>L’ancien mot de passe cessera de fonctionner ; le nouveau est valable 424 jours.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
