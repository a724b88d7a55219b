/** The public pages, with the heading and document title each must show (signed out). */
export type ShellPage = { path: string; heading: string; title: string };

export const shellPages: readonly ShellPage[] = [
  { path: '/', heading: 'Bienvenue sur Choral', title: 'Accueil — Choral' },
  {
    path: '/facturation/factures-de-travaux',
    heading: 'Factures de travaux',
    title: 'Factures de travaux — Choral',
  },
  { path: '/connexion', heading: 'Se connecter', title: 'Se connecter — Choral' },
  { path: '/creer-un-compte', heading: 'Créer un compte', title: 'Créer un compte — Choral' },
  { path: '/mot-de-passe-oublie', heading: 'Mot de passe oublié', title: 'Mot de passe oublié — Choral' },
  {
    path: '/dev/boite-mail',
    heading: 'Boîte mail de développement',
    title: 'Boîte mail de développement — Choral',
  },
  { path: '/nous-contacter', heading: 'Nous contacter', title: 'Nous contacter — Choral' },
  { path: '/accessibilite', heading: 'Accessibilité', title: 'Accessibilité — Choral' },
  { path: '/mentions-legales', heading: 'Mentions légales', title: 'Mentions légales — Choral' },
  { path: '/cette-page-n-existe-pas', heading: 'Page introuvable', title: 'Page introuvable — Choral' },
];
