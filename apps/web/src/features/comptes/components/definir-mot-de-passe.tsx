import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { RequiredFieldsNote } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { definirMotDePasse, type LienCompte } from '../api';
import { DemandeLienForm } from './demande-lien-form';
import { NouveauMotDePasseChamps } from './mot-de-passe-champs';
import { nouveauMotDePasseAvecConfirmation, verifierConfirmation } from './mot-de-passe-fields';

type Etat =
  | { kind: 'saisie' }
  | { kind: 'fait'; message: string }
  | { kind: 'expire' | 'invalide'; message: string };

const schema = nouveauMotDePasseAvecConfirmation();
const labels = { motDePasse: 'Mot de passe', confirmation: 'Confirmation du mot de passe' };

type DefinirMotDePasseProps = { lien: LienCompte; jeton: string | null };

/**
 * The page an e-mail link opens (activation or password reset): choose a password twice.
 * An expired link offers to send a new one; an unknown or used link says so.
 */
export function DefinirMotDePasse({ lien, jeton }: DefinirMotDePasseProps) {
  const [etat, setEtat] = useState<Etat>(
    jeton ? { kind: 'saisie' } : { kind: 'invalide', message: 'Ce lien est incomplet : le jeton manque.' },
  );
  const form = useForm({
    initial: { motDePasse: '', confirmation: '' },
    schema,
    labels,
    validate: verifierConfirmation,
    onSubmit: async ({ motDePasse }) => {
      try {
        setEtat({
          kind: 'fait',
          message: (await definirMotDePasse(lien, { jeton: jeton ?? '', motDePasse })).message,
        });
      } catch (error) {
        if (isApiError(error) && error.code === 'JETON_EXPIRE')
          return setEtat({ kind: 'expire', message: error.detail });
        if (isApiError(error) && error.code === 'JETON_INVALIDE') {
          return setEtat({ kind: 'invalide', message: error.detail });
        }
        throw error;
      }
    },
  });

  switch (etat.kind) {
    case 'fait':
      return (
        <Alert tone="success" title={lien === 'activation' ? 'Compte activé' : 'Mot de passe changé'} focus>
          <p>{etat.message}</p>
          <p>
            <Link className="button" to={paths.connexion.href()}>
              Se connecter
            </Link>
          </p>
        </Alert>
      );
    case 'expire':
      return (
        <>
          <Alert tone="error" title="Lien expiré" focus>
            <p>{etat.message}</p>
          </Alert>
          <section className="section" aria-labelledby="nouveau-lien">
            <h2 id="nouveau-lien" className="section__title">
              Recevoir un nouveau lien
            </h2>
            <DemandeLienForm lien={lien} submitLabel="Recevoir un nouveau lien" />
          </section>
        </>
      );
    case 'invalide':
      return (
        <Alert tone="error" title="Lien invalide" focus>
          <p>{etat.message}</p>
          <p>
            Si votre compte est déjà activé, <Link to={paths.connexion.href()}>connectez-vous</Link>. Sinon,
            demandez un nouveau lien depuis la page{' '}
            <Link to={lien === 'activation' ? paths.creerUnCompte.href() : paths.motDePasseOublie.href()}>
              {lien === 'activation' ? 'Créer un compte' : 'Mot de passe oublié'}
            </Link>
            .
          </p>
        </Alert>
      );
    case 'saisie':
      return (
        <form className="form" noValidate onSubmit={form.handleSubmit}>
          <FormMessages {...form} />
          <RequiredFieldsNote />
          <NouveauMotDePasseChamps
            motDePasse={form.bind('motDePasse')}
            confirmation={form.bind('confirmation')}
            labels={labels}
          />
          <div className="form__actions">
            <button type="submit" className="button">
              {lien === 'activation' ? 'Activer mon compte' : 'Changer mon mot de passe'}
            </button>
          </div>
        </form>
      );
  }
}
