import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { PlatformStatus } from '../../components/platform-status';
import { espaceAccessible } from '../../config/navigation';
import { paths } from '../../config/paths';
import { PremiersPas } from '../../features/structures/components/premiers-pas';
import { useSession } from '../../lib/session';

const shortcuts = [
  {
    href: paths.facturesEmises.href(),
    title: 'Factures émises',
    espace: 'FACTURES_EMISES',
    text: 'Déposer une facture, reprendre un brouillon, suivre son traitement.',
  },
  {
    href: paths.facturesRecues.href(),
    title: 'Factures reçues',
    espace: 'FACTURES_RECUES',
    text: 'Consulter et traiter les factures adressées à vos structures.',
  },
  {
    href: paths.structures.href(),
    title: 'Structures',
    text: 'Gérer vos structures, leurs services et leurs utilisateurs.',
  },
  {
    href: paths.approbations.href(),
    title: 'Approbations',
    text: 'Répondre aux demandes de rattachement et de validation.',
  },
] as const;

export function HomePage() {
  const courant = useSession();
  return (
    <>
      <PageHeader
        title="Bienvenue sur Choral"
        documentTitle="Accueil"
        lead="L’émulateur du portail Chorus Pro : déposez, recevez et suivez des factures de test, sans risque."
      />
      <PlatformStatus />
      {courant.statut === 'connecte' && courant.utilisateur.rattachements.length === 0 ? (
        <PremiersPas />
      ) : null}
      <section aria-labelledby="acces-rapides" className="section">
        <h2 id="acces-rapides" className="section__title">
          Accès rapides
        </h2>
        <ul className="card-grid">
          {shortcuts
            .filter((shortcut) =>
              espaceAccessible(
                courant.statut === 'connecte' ? courant.utilisateur : null,
                'espace' in shortcut ? shortcut.espace : undefined,
              ),
            )
            .map((shortcut) => (
              <li key={shortcut.href} className="card">
                <h3 className="card__title">
                  <Link className="card__link" to={shortcut.href}>
                    {shortcut.title}
                  </Link>
                </h3>
                <p className="card__text">{shortcut.text}</p>
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
