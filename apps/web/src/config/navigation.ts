import { paths } from './paths';

export type NavLinkItem = {
  kind: 'link';
  label: string;
  href: string;
  end?: boolean;
  /** Shows the signed-in user's number of requests awaiting his decision. */
  counter?: 'approbationsEnAttente';
};
export type NavGroupItem = { kind: 'group'; id: string; label: string; items: readonly NavLinkItem[] };
export type NavItem = NavLinkItem | NavGroupItem;

/** Entries of the main navigation, in display order. */
export const mainNavigation: readonly NavItem[] = [
  { kind: 'link', label: 'Accueil', href: paths.home.href(), end: true },
  {
    kind: 'group',
    id: 'facturation',
    label: 'Facturation',
    items: [
      { kind: 'link', label: 'Factures émises', href: paths.facturesEmises.href() },
      { kind: 'link', label: 'Factures reçues', href: paths.facturesRecues.href() },
      { kind: 'link', label: 'Factures de travaux', href: paths.facturesDeTravaux.href() },
    ],
  },
  { kind: 'link', label: 'Structures', href: paths.structures.href() },
  { kind: 'link', label: 'Approbations', href: paths.approbations.href(), counter: 'approbationsEnAttente' },
  { kind: 'link', label: 'Mon compte', href: paths.monCompte.href() },
  { kind: 'link', label: 'Nous contacter', href: paths.nousContacter.href() },
];
