/**
 * Every route of the SPA: its pattern (given to the router) and its href builder (used by links).
 * Routes are never concatenated by hand elsewhere: add a pattern and a builder here.
 */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  facturation: { pattern: '/facturation', href: () => '/facturation' },
  facturesEmises: { pattern: '/facturation/factures-emises', href: () => '/facturation/factures-emises' },
  facturesRecues: { pattern: '/facturation/factures-recues', href: () => '/facturation/factures-recues' },
  facturesDeTravaux: {
    pattern: '/facturation/factures-de-travaux',
    href: () => '/facturation/factures-de-travaux',
  },
  structures: { pattern: '/structures', href: () => '/structures' },
  approbations: { pattern: '/approbations', href: () => '/approbations' },
  monCompte: { pattern: '/mon-compte', href: () => '/mon-compte' },
  nousContacter: { pattern: '/nous-contacter', href: () => '/nous-contacter' },
  accessibilite: { pattern: '/accessibilite', href: () => '/accessibilite' },
  mentionsLegales: { pattern: '/mentions-legales', href: () => '/mentions-legales' },
  notFound: { pattern: '*' },
  /** Served by the API, outside the SPA: link to it with a plain `<a href>`, never a router link. */
  apiDocs: { href: () => '/api/docs' },
} as const;
