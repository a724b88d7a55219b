import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';

export function AccessibilitePage() {
  return (
    <>
      <PageHeader
        title="Accessibilité"
        lead="Déclaration d’accessibilité de Choral et moyens de nous signaler un obstacle."
      />
      <div className="prose">
        <h2>Engagement</h2>
        <p>
          Choral vise la conformité au référentiel général d’amélioration de l’accessibilité (RGAA 4.1), qui
          correspond au niveau AA des règles WCAG 2.1.
        </p>
        <h2>État de conformité</h2>
        <p>
          Choral est <strong>partiellement conforme</strong> avec le RGAA 4.1 :{' '}
          <strong>aucun audit n’a encore été réalisé</strong>. Ce statut repose sur des contrôles automatisés
          (axe-core, à chaque modification) et sur des vérifications manuelles de la navigation au clavier.
        </p>
        <h2>Contenus non accessibles</h2>
        <p>
          Faute d’audit, la liste des non-conformités n’est pas encore établie. Elle sera publiée ici après le
          premier audit.
        </p>
        <h2>Technologies utilisées</h2>
        <ul className="bullet-list">
          <li>HTML et WAI-ARIA</li>
          <li>CSS</li>
          <li>JavaScript (React)</li>
        </ul>
        <h2>Retour d’information et contact</h2>
        <p>
          Si vous ne parvenez pas à accéder à un contenu ou à un service, signalez-le-nous depuis la page{' '}
          <Link to={paths.nousContacter.href()}>Nous contacter</Link> : nous vous proposerons une solution et
          corrigerons le défaut.
        </p>
      </div>
    </>
  );
}
