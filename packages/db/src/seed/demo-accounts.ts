import type { Espace } from '@choral/domain/structures';

// Demo accounts, one per persona; all share DEMO_PASSWORD (documented in the README).

export const DEMO_PASSWORD = 'Demo-Choral-2026';

export interface DemoAccount {
  email: string;
  prenom: string;
  nom: string;
  /**
   * Structures (by identifier) and role; services narrow a public agent's view; a simple user
   * acts only in his espaces (gestionnaires hold them all).
   */
  rattachements: {
    identifiant: string;
    role: 'GESTIONNAIRE_PRINCIPAL' | 'UTILISATEUR';
    services?: string[];
    espaces?: Espace[];
  }[];
  /** A pending request to join a structure, for the gestionnaire to approve. */
  demandeEnAttente?: { identifiant: string; services: string[]; espaces: Espace[]; commentaire: string };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'fournisseur@demo.choral.test',
    prenom: 'Fanny',
    nom: 'Fournier',
    rattachements: [{ identifiant: '84312345600017', role: 'GESTIONNAIRE_PRINCIPAL' }],
  },
  {
    email: 'fournisseur2@demo.choral.test',
    prenom: 'Farid',
    nom: 'Benali',
    rattachements: [{ identifiant: '91234567500017', role: 'GESTIONNAIRE_PRINCIPAL' }],
  },
  {
    // Titulaire of a works market: as gestionnaire principal he holds every espace of his private
    // structure, Factures à valider (his subcontractors' invoices) and Factures émises included.
    email: 'titulaire@demo.choral.test',
    prenom: 'Thomas',
    nom: 'Tisserand',
    rattachements: [{ identifiant: '52345678800018', role: 'GESTIONNAIRE_PRINCIPAL' }],
  },
  {
    email: 'sous-traitant@demo.choral.test',
    prenom: 'Sophie',
    nom: 'Soutier',
    rattachements: [{ identifiant: '79876543400013', role: 'GESTIONNAIRE_PRINCIPAL' }],
  },
  {
    email: 'gestionnaire@demo.choral.test',
    prenom: 'Gaëlle',
    nom: 'Gestin',
    rattachements: [
      { identifiant: '11004301500012', role: 'GESTIONNAIRE_PRINCIPAL' },
      { identifiant: '21750001600019', role: 'GESTIONNAIRE_PRINCIPAL' },
      { identifiant: '26750045200011', role: 'GESTIONNAIRE_PRINCIPAL' },
      { identifiant: '19751722000012', role: 'GESTIONNAIRE_PRINCIPAL' },
    ],
  },
  {
    email: 'agent@demo.choral.test',
    prenom: 'Arnaud',
    nom: 'Agent',
    rattachements: [
      {
        identifiant: '21750001600019',
        role: 'UTILISATEUR',
        services: ['VOIRIE'],
        espaces: ['FACTURES_RECUES'],
      },
    ],
  },
  {
    email: 'nouvel.agent@demo.choral.test',
    prenom: 'Nina',
    nom: 'Nouvel',
    rattachements: [],
    demandeEnAttente: {
      identifiant: '21750001600019',
      services: ['ECOLES'],
      espaces: ['FACTURES_RECUES'],
      commentaire: 'Je rejoins le service des écoles au 1er du mois.',
    },
  },
];
