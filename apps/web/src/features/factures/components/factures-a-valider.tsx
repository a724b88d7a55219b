import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { FacturesATraiter } from './factures-a-traiter';

/** « Factures à valider » of one of the user's structures: what waits for its decision, then the search. */
export function FacturesAValider() {
  return (
    <FacturesATraiter
      espace="FACTURES_A_VALIDER"
      cote="VALIDEUR"
      sansStructure={{
        titre: 'Vous n’êtes rattaché(e) à aucune structure',
        texte: (
          <>
            Le titulaire d’un marché valide les factures de ses sous-traitants, le mandataire celles de ses
            cotraitants. Demandez à être rattaché(e) à votre structure depuis{' '}
            <Link to={paths.structures.href()}>Structures</Link>.
          </>
        ),
      }}
      libelleStructure="Structure valideur"
      caption={(raisonSociale) => `Factures à valider par ${raisonSociale}`}
      vide="Aucune facture à valider pour l’instant."
    />
  );
}
