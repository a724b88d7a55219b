import type { Espace, UtilisateurCourant } from '@choral/contracts';
import { paths } from './paths';

export type NavLinkItem = {
  kind: 'link';
  label: string;
  href: string;
  end?: boolean;
  /** Shows the signed-in user's number of requests awaiting his decision. */
  counter?: 'approbationsEnAttente';
  /** Shown only to a user habilitated for this espace on one of his structures. */
  espace?: Espace;
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
      {
        kind: 'link',
        label: 'Factures émises',
        href: paths.facturesEmises.href(),
        espace: 'FACTURES_EMISES',
      },
      {
        kind: 'link',
        label: 'Suivi des flux',
        href: paths.suiviFlux.href(),
        espace: 'FACTURES_EMISES',
      },
      {
        kind: 'link',
        label: 'Factures reçues',
        href: paths.facturesRecues.href(),
        espace: 'FACTURES_RECUES',
      },
      {
        kind: 'link',
        label: 'Factures de travaux',
        href: paths.facturesDeTravaux.href(),
        espace: 'FACTURES_TRAVAUX',
      },
      {
        kind: 'link',
        label: 'Factures à valider',
        href: paths.facturesAValider.href(),
        espace: 'FACTURES_A_VALIDER',
      },
    ],
  },
  { kind: 'link', label: 'Structures', href: paths.structures.href() },
  { kind: 'link', label: 'Approbations', href: paths.approbations.href(), counter: 'approbationsEnAttente' },
  { kind: 'link', label: 'Mon compte', href: paths.monCompte.href() },
  { kind: 'link', label: 'Nous contacter', href: paths.nousContacter.href() },
];

/**
 * Whether the user may use an espace on at least one of his structures (the API says which he
 * holds). Without any structure yet, the pages explain how to get one, so they stay listed.
 */
export function espaceAccessible(
  utilisateur: UtilisateurCourant | null,
  espace: Espace | undefined,
): boolean {
  if (espace === undefined || utilisateur === null || utilisateur.rattachements.length === 0) return true;
  return utilisateur.rattachements.some((r) => r.espaces.includes(espace));
}

/** The navigation as this user sees it: espaces he cannot use are left out, and emptied groups too. */
export function navigationPour(utilisateur: UtilisateurCourant | null): NavItem[] {
  return mainNavigation.flatMap((item): NavItem[] => {
    if (item.kind === 'link') return espaceAccessible(utilisateur, item.espace) ? [item] : [];
    const items = item.items.filter((lien) => espaceAccessible(utilisateur, lien.espace));
    return items.length > 0 ? [{ ...item, items }] : [];
  });
}
