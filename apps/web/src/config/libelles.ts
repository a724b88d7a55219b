import type { EtatDemande, Role } from '@choral/contracts';

/** French labels of the API's codes, shared by several features. */
export const libelleRole: Readonly<Record<Role, string>> = {
  GESTIONNAIRE_PRINCIPAL: 'Gestionnaire principal',
  GESTIONNAIRE_SECONDAIRE: 'Gestionnaire secondaire',
  UTILISATEUR: 'Utilisateur',
};

export const libelleEtatDemande: Readonly<Record<EtatDemande, string>> = {
  EN_ATTENTE: 'En attente',
  APPROUVEE: 'Approuvée',
  REFUSEE: 'Refusée',
};

/** Tone of the badge showing a request's état. */
export const toneEtatDemande = { EN_ATTENTE: 'warning', APPROUVEE: 'success', REFUSEE: 'danger' } as const;
