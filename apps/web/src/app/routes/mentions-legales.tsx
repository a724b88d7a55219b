import { PageHeader } from '../../components/page-header';

export function MentionsLegalesPage() {
  return (
    <>
      <PageHeader
        title="Mentions légales"
        lead="Qui édite Choral, sous quelle licence, et ce que Choral n’est pas."
      />
      <div className="prose">
        <h2>Absence de lien avec l’administration</h2>
        <p>
          Choral est un émulateur indépendant du portail Chorus Pro. Il n’est ni édité, ni approuvé, ni
          exploité par l’administration. Les factures qui y sont déposées n’ont aucune valeur légale et ne
          sont transmises à personne.
        </p>
        <h2>Logiciel et licence</h2>
        <p>
          Choral est un logiciel libre, distribué sous licence GNU AGPL version 3 ou ultérieure
          (AGPL-3.0-or-later).
        </p>
        <h2>Exploitation de cette instance</h2>
        <p>
          Cette instance est hébergée et exploitée par la personne ou l’organisation qui l’a installée, seule
          responsable de son fonctionnement et des données de test qui y sont saisies.
        </p>
      </div>
    </>
  );
}
