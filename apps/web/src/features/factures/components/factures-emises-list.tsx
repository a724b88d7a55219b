import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { paths } from '../../../config/paths';
import { useStructureCourante } from '../structure-courante';
import { AucuneStructure } from './aucune-structure';
import { ChoixStructure } from './choix-structure';
import { EspaceNonHabilite } from './espace-non-habilite';
import { RechercheFactures } from './recherche-factures';

/** « Factures émises »: the structure's drafts and deposits, to search (drafts first, then the newest). */
export function FacturesEmisesList({ confirmation }: { confirmation: string | null }) {
  const { rattachements, courante, nonHabilite } = useStructureCourante('FACTURES_EMISES');
  if (nonHabilite) return <EspaceNonHabilite espace="FACTURES_EMISES" />;
  if (!courante) return <AucuneStructure />;
  const structureId = courante.structureId;

  return (
    <>
      {confirmation ? <Alert tone="success" title={confirmation} /> : null}
      {rattachements.length > 1 ? (
        <ChoixStructure structures={rattachements} courante={structureId} label="Structure émettrice" />
      ) : null}
      <div className="actions">
        <Link className="button" to={paths.deposerFacture.href(structureId)}>
          Déposer une facture
        </Link>
        <Link className="button button--secondary" to={paths.saisirFacture.href(structureId)}>
          Saisir une facture
        </Link>
      </div>
      <section className="section" aria-labelledby="liste-factures">
        <h2 id="liste-factures" className="section__title">
          Factures de {courante.raisonSociale}
        </h2>
        <RechercheFactures
          key={structureId}
          cote="FOURNISSEUR"
          structureId={structureId}
          caption={`Factures émises et brouillons de ${courante.raisonSociale}`}
          vide="Aucune facture pour l’instant : déposez un fichier ou saisissez votre première facture."
        />
      </section>
    </>
  );
}
