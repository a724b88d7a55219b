import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useStructureCourante } from '../structure-courante';
import { ChoixStructure } from './choix-structure';
import { EspaceNonHabilite } from './espace-non-habilite';
import { RechercheFactures } from './recherche-factures';
import { SyntheseFactures } from './synthese-factures';

/** « Factures à valider » of one of the user's structures: what waits for its decision, then the search. */
export function FacturesAValider() {
  const { rattachements, courante, nonHabilite } = useStructureCourante('FACTURES_A_VALIDER');
  if (nonHabilite) return <EspaceNonHabilite espace="FACTURES_A_VALIDER" />;
  if (!courante) {
    return (
      <div className="panel">
        <h2 className="panel__title">Vous n’êtes rattaché(e) à aucune structure</h2>
        <p>
          Le titulaire d’un marché valide les factures de ses sous-traitants, le mandataire celles de ses
          cotraitants. Demandez à être rattaché(e) à votre structure depuis{' '}
          <Link to={paths.structures.href()}>Structures</Link>.
        </p>
      </div>
    );
  }
  const structureId = courante.structureId;
  return (
    <>
      {rattachements.length > 1 ? (
        <ChoixStructure structures={rattachements} courante={structureId} label="Structure valideur" />
      ) : null}
      <section className="section" aria-labelledby="synthese">
        <h2 id="synthese" className="section__title">
          Synthèse
        </h2>
        <SyntheseFactures cote="VALIDEUR" structureId={structureId} />
      </section>
      <section className="section" aria-labelledby="rechercher">
        <h2 id="rechercher" className="section__title">
          Rechercher
        </h2>
        <RechercheFactures
          key={structureId}
          cote="VALIDEUR"
          structureId={structureId}
          caption={`Factures à valider par ${courante.raisonSociale}`}
          vide="Aucune facture à valider pour l’instant."
        />
      </section>
    </>
  );
}
