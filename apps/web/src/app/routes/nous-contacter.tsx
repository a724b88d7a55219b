import { PageHeader } from '../../components/page-header';

export function NousContacterPage() {
  return (
    <>
      <PageHeader
        title="Nous contacter"
        lead="Pour signaler un problème de Choral, proposer une amélioration ou poser une question."
      />
      <section className="prose" aria-labelledby="contact-projet">
        <h2 id="contact-projet">Projet Choral</h2>
        <p>
          Choral est un logiciel libre. Signalez un problème ou proposez une amélioration sur le gestionnaire
          de tickets du dépôt du projet, ou adressez-vous à la personne qui administre cette instance.
        </p>
        <h2>Portail officiel</h2>
        <p>
          Choral n’est pas Chorus Pro. Pour toute question sur le portail officiel ou sur une vraie facture,
          adressez-vous au support de Chorus Pro : l’équipe de Choral ne peut pas y répondre.
        </p>
      </section>
    </>
  );
}
