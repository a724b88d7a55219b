/**
 * Every route of the SPA: its pattern (given to the router) and its href builder (used by links).
 * Routes are never concatenated by hand elsewhere: add a pattern and a builder here.
 */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  facturation: { pattern: '/facturation', href: () => '/facturation' },
  facturesEmises: {
    pattern: '/facturation/factures-emises',
    /** `structureId`: which of the user's structures to show. */
    href: (structureId?: number) =>
      structureId ? `/facturation/factures-emises?structure=${structureId}` : '/facturation/factures-emises',
  },
  deposerFacture: {
    pattern: '/facturation/factures-emises/deposer',
    href: (structureId?: number) =>
      structureId
        ? `/facturation/factures-emises/deposer?structure=${structureId}`
        : '/facturation/factures-emises/deposer',
  },
  saisirFacture: {
    pattern: '/facturation/factures-emises/saisir',
    href: (structureId?: number) =>
      structureId
        ? `/facturation/factures-emises/saisir?structure=${structureId}`
        : '/facturation/factures-emises/saisir',
  },
  /** A draft to resume (a deposited file's, or a manual entry's). */
  brouillon: {
    pattern: '/facturation/factures-emises/brouillons/:id',
    href: (id: number) => `/facturation/factures-emises/brouillons/${id}`,
  },
  confirmationDepot: {
    pattern: '/facturation/factures-emises/:id/confirmation',
    href: (id: number) => `/facturation/factures-emises/${id}/confirmation`,
  },
  /** Former address of an invoice's page: redirected to `factureEmise`. */
  facture: { pattern: '/facturation/factures/:id' },
  /** An invoice seen by its supplier or by its recipient (the e-mails link to both). */
  factureEmise: {
    pattern: '/facturation/factures-emises/:id',
    href: (id: number) => `/facturation/factures-emises/${id}`,
  },
  factureRecue: {
    pattern: '/facturation/factures-recues/:id',
    href: (id: number) => `/facturation/factures-recues/${id}`,
  },
  /** « Suivi des flux » of Factures émises (`structureId` as for the invoices), and one flux. */
  suiviFlux: {
    pattern: '/facturation/suivi-des-flux',
    href: (structureId?: number) =>
      structureId ? `/facturation/suivi-des-flux?structure=${structureId}` : '/facturation/suivi-des-flux',
  },
  flux: {
    pattern: '/facturation/suivi-des-flux/:id',
    href: (id: number) => `/facturation/suivi-des-flux/${id}`,
  },
  facturesRecues: { pattern: '/facturation/factures-recues', href: () => '/facturation/factures-recues' },
  /** A subcontractor's or cotraitant's invoice seen by its valideur (the e-mails link here). */
  factureAValider: {
    pattern: '/facturation/factures-a-valider/:id',
    href: (id: number) => `/facturation/factures-a-valider/${id}`,
  },
  facturesAValider: {
    pattern: '/facturation/factures-a-valider',
    href: () => '/facturation/factures-a-valider',
  },
  notifications: { pattern: '/notifications', href: () => '/notifications' },
  facturesDeTravaux: {
    pattern: '/facturation/factures-de-travaux',
    href: () => '/facturation/factures-de-travaux',
  },
  structures: { pattern: '/structures', href: () => '/structures' },
  creerStructure: { pattern: '/structures/creer', href: () => '/structures/creer' },
  demanderRattachement: { pattern: '/structures/rattachement', href: () => '/structures/rattachement' },
  structure: { pattern: '/structures/:id', href: (id: number) => `/structures/${id}` },
  approbations: {
    pattern: '/approbations',
    href: (etat?: string) => (etat ? `/approbations?etat=${encodeURIComponent(etat)}` : '/approbations'),
  },
  approbation: { pattern: '/approbations/:id', href: (id: number) => `/approbations/${id}` },
  monCompte: { pattern: '/mon-compte', href: () => '/mon-compte' },
  connexion: {
    pattern: '/connexion',
    /** `retour`: the page to open once signed in (a path of the SPA). */
    href: (retour?: string) => (retour ? `/connexion?retour=${encodeURIComponent(retour)}` : '/connexion'),
  },
  creerUnCompte: { pattern: '/creer-un-compte', href: () => '/creer-un-compte' },
  /** The links of the e-mails (built by the API) open these pages with `?jeton=`. */
  activation: { pattern: '/activation', href: () => '/activation' },
  motDePasseOublie: { pattern: '/mot-de-passe-oublie', href: () => '/mot-de-passe-oublie' },
  reinitialisation: { pattern: '/reinitialisation', href: () => '/reinitialisation' },
  boiteMail: { pattern: '/dev/boite-mail', href: () => '/dev/boite-mail' },
  nousContacter: { pattern: '/nous-contacter', href: () => '/nous-contacter' },
  accessibilite: { pattern: '/accessibilite', href: () => '/accessibilite' },
  mentionsLegales: { pattern: '/mentions-legales', href: () => '/mentions-legales' },
  notFound: { pattern: '*' },
  /** Served by the API, outside the SPA: link to it with a plain `<a href>`, never a router link. */
  apiDocs: { href: () => '/api/docs' },
} as const;
