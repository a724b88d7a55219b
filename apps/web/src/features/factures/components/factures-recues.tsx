import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { FacturesATraiter } from './factures-a-traiter';

/** « Factures reçues » of one of the user's public structures: what waits, then the search. */
export function FacturesRecues() {
  return (
    <FacturesATraiter
      espace="FACTURES_RECUES"
      cote="DESTINATAIRE"
      sansStructure={{
        titre: 'Vous n’êtes rattaché(e) à aucune structure publique',
        texte: (
          <>
            Les factures sont reçues par les structures publiques et leurs services. Demandez à être
            rattaché(e) à la vôtre depuis <Link to={paths.structures.href()}>Structures</Link>.
          </>
        ),
      }}
      libelleStructure="Structure destinataire"
      caption={(raisonSociale) => `Factures reçues par ${raisonSociale}`}
      vide="Aucune facture reçue pour l’instant."
    />
  );
}
