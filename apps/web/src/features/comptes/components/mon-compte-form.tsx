import { ModifierMonCompteBodySchema, type UtilisateurCourant } from '@choral/contracts';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { CheckboxField, RequiredFieldsNote, TextField } from '../../../components/form/fields';
import { FormMessages } from '../../../components/form/form-messages';
import { useForm } from '../../../components/form/use-form';
import { session } from '../../../lib/session';
import { modifierMonCompte } from '../api';

const labels = {
  prenom: 'Prénom',
  nom: 'Nom',
  telephone: 'Téléphone',
  emailContact: 'Adresse électronique de contact',
  notificationsFacturation: 'Notifications de facturation',
  resumeHebdomadaire: 'Résumé hebdomadaire',
  resumeQuotidien: 'Résumé quotidien des factures reçues',
};

/** Identity, contact address and notification preferences (the login address never changes). */
export function MonCompteForm({ utilisateur }: { utilisateur: UtilisateurCourant }) {
  const [enregistre, setEnregistre] = useState(0);
  const form = useForm({
    initial: {
      prenom: utilisateur.prenom,
      nom: utilisateur.nom,
      telephone: utilisateur.telephone ?? '',
      emailContact: utilisateur.emailContact,
      notificationsFacturation: utilisateur.notificationsFacturation,
      resumeHebdomadaire: utilisateur.resumeHebdomadaire,
      resumeQuotidien: utilisateur.resumeQuotidien,
    },
    schema: ModifierMonCompteBodySchema,
    labels,
    onSubmit: async (body) => {
      setEnregistre(0);
      session.mettreAJour(await modifierMonCompte(body));
      setEnregistre((n) => n + 1);
    },
  });

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      {enregistre > 0 ? (
        <Alert key={enregistre} tone="success" title="Vos informations ont été enregistrées." focus />
      ) : null}
      <FormMessages {...form} />
      <RequiredFieldsNote />
      <p className="form__static">
        <span className="form__static-label">Adresse électronique de connexion :</span> {utilisateur.email}
      </p>
      <TextField field={form.bind('prenom')} label={labels.prenom} required autoComplete="given-name" />
      <TextField field={form.bind('nom')} label={labels.nom} required autoComplete="family-name" />
      <TextField
        field={form.bind('telephone')}
        label={labels.telephone}
        type="tel"
        autoComplete="tel"
        hint="Facultatif. Exemple : 01 23 45 67 89"
      />
      <TextField
        field={form.bind('emailContact')}
        label={labels.emailContact}
        required
        type="email"
        autoComplete="email"
        hint="Les courriels du portail sont envoyés à cette adresse."
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Notifications par courriel</legend>
        <CheckboxField
          field={form.bind('notificationsFacturation')}
          label="Recevoir un courriel à chaque événement sur mes factures"
        />
        <CheckboxField
          field={form.bind('resumeHebdomadaire')}
          label="Recevoir un résumé hebdomadaire de mon activité"
        />
        <CheckboxField
          field={form.bind('resumeQuotidien')}
          label="Factures reçues : un seul courriel par jour (chaque matin) au lieu d’un courriel par facture"
        />
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button">
          Enregistrer mes informations
        </button>
      </div>
    </form>
  );
}
