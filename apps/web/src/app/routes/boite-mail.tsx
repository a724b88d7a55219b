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
          Cette page n’existe que si les outils de développement sont activés (portail qui n’écoute que sur
          cette machine, ou variable CHORAL_OUTILS_DEV=oui). Elle montre les messages de tous les
          destinataires, liens compris, à tout visiteur : n’y utilisez jamais de vraies adresses.
        </p>
      </Alert>
      <BoiteMail />
    </>
  );
}
