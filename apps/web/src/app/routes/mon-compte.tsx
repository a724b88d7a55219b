import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ChangerMotDePasseForm } from '../../features/comptes/components/changer-mot-de-passe-form';
import { MesDemandes } from '../../features/comptes/components/mes-demandes';
import { MesHabilitations } from '../../features/comptes/components/mes-habilitations';
import { MesRattachements } from '../../features/comptes/components/mes-rattachements';
import { MonCompteForm } from '../../features/comptes/components/mon-compte-form';
import { useUtilisateur } from '../../lib/session';

export function MonComptePage() {
  const utilisateur = useUtilisateur();
  // A new request shows at once in the history below.
  const [demandes, setDemandes] = useState(0);
  return (
    <>
      <PageHeader
        title="Mon compte"
        lead="Vos informations personnelles, vos préférences, votre mot de passe, vos rattachements et vos habilitations."
      />
      <section className="section" aria-labelledby="mes-informations">
        <h2 id="mes-informations" className="section__title">
          Mes informations
        </h2>
        <MonCompteForm utilisateur={utilisateur} />
      </section>
      <section className="section" aria-labelledby="mot-de-passe">
        <h2 id="mot-de-passe" className="section__title">
          Mot de passe
        </h2>
        <ChangerMotDePasseForm email={utilisateur.email} />
      </section>
      <section className="section" aria-labelledby="mes-rattachements">
        <h2 id="mes-rattachements" className="section__title">
          Mes rattachements
        </h2>
        <MesRattachements rattachements={utilisateur.rattachements} />
      </section>
      <section className="section" aria-labelledby="mes-habilitations">
        <h2 id="mes-habilitations" className="section__title">
          Mes habilitations
        </h2>
        <MesHabilitations
          rattachements={utilisateur.rattachements}
          onDemande={() => setDemandes((n) => n + 1)}
        />
      </section>
      <section className="section" aria-labelledby="historique-demandes">
        <h2 id="historique-demandes" className="section__title">
          Historique de mes demandes
        </h2>
        <MesDemandes key={demandes} />
      </section>
    </>
  );
}
