import { Alert } from '../../components/alert';
import { PageHeader } from '../../components/page-header';
import { BoiteMail } from '../../features/boite-mail/components/boite-mail';

export function BoiteMailPage() {
  return (
    <>
      <PageHeader
        title="Boîte mail de développement"
        lead="Les courriels envoyés par cette instance, pour suivre un lien d’activation sans serveur de messagerie."
      />
      <Alert tone="info" title="Page de test" announce={false}>
        <p>
          Cette page n’existe qu’en dehors de la production. Elle montre les messages de tous les
          destinataires, à tout visiteur : n’y utilisez jamais de vraies adresses.
        </p>
      </Alert>
      <BoiteMail />
    </>
  );
}
