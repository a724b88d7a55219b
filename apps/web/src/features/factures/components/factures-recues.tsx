import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useStructureCourante } from '../structure-courante';
import { ChoixStructure } from './choix-structure';
import { EspaceNonHabilite } from './espace-non-habilite';
import { RechercheFactures } from './recherche-factures';
import { SyntheseFactures } from './synthese-factures';

/** « Factures reçues » of one of the user's public structures: what waits, then the search. */
export function FacturesRecues() {
  const { rattachements, courante, nonHabilite } = useStructureCourante('FACTURES_RECUES');
  if (nonHabilite) return <EspaceNonHabilite espace="FACTURES_RECUES" />;
  if (!courante) {
    return (
      <div className="panel">
        <h2 className="panel__title">Vous n’êtes rattaché(e) à aucune structure publique</h2>
        <p>
          Les factures sont reçues par les structures publiques et leurs services. Demandez à être rattaché(e)
          à la vôtre depuis <Link to={paths.structures.href()}>Structures</Link>.
        </p>
      </div>
    );
  }
  const structureId = courante.structureId;
  return (
    <>
      {rattachements.length > 1 ? (
        <ChoixStructure structures={rattachements} courante={structureId} label="Structure destinataire" />
      ) : null}
      <section className="section" aria-labelledby="synthese">
        <h2 id="synthese" className="section__title">
          Synthèse
        </h2>
        <SyntheseFactures cote="DESTINATAIRE" structureId={structureId} />
      </section>
      <section className="section" aria-labelledby="rechercher">
        <h2 id="rechercher" className="section__title">
          Rechercher
        </h2>
        <RechercheFactures
          key={structureId}
          cote="DESTINATAIRE"
          structureId={structureId}
          caption={`Factures reçues par ${courante.raisonSociale}`}
          vide="Aucune facture reçue pour l’instant."
        />
      </section>
    </>
  );
}
