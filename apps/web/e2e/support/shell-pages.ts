/** The pages of the shell, with the heading and document title each must show. */
export type ShellPage = { path: string; heading: string; title: string };

export const shellPages: readonly ShellPage[] = [
  { path: '/', heading: 'Bienvenue sur Choral', title: 'Accueil — Choral' },
  { path: '/facturation/factures-emises', heading: 'Factures émises', title: 'Factures émises — Choral' },
  { path: '/facturation/factures-recues', heading: 'Factures reçues', title: 'Factures reçues — Choral' },
  {
    path: '/facturation/factures-de-travaux',
    heading: 'Factures de travaux',
    title: 'Factures de travaux — Choral',
  },
  { path: '/structures', heading: 'Structures', title: 'Structures — Choral' },
  { path: '/approbations', heading: 'Approbations', title: 'Approbations — Choral' },
  { path: '/mon-compte', heading: 'Mon compte', title: 'Mon compte — Choral' },
  { path: '/nous-contacter', heading: 'Nous contacter', title: 'Nous contacter — Choral' },
  { path: '/accessibilite', heading: 'Accessibilité', title: 'Accessibilité — Choral' },
  { path: '/mentions-legales', heading: 'Mentions légales', title: 'Mentions légales — Choral' },
  { path: '/cette-page-n-existe-pas', heading: 'Page introuvable', title: 'Page introuvable — Choral' },
];
