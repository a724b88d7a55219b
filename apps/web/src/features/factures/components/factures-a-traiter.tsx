import type { Cote, Espace } from '@choral/contracts';
import type { ReactNode } from 'react';
import { useStructureCourante } from '../structure-courante';
import { ChoixStructure } from './choix-structure';
import { EspaceNonHabilite } from './espace-non-habilite';
import { RechercheFactures } from './recherche-factures';
import { SyntheseFactures } from './synthese-factures';

interface Props {
  espace: Espace;
  cote: Cote;
  /** What to say to a user with no structure in this espace yet. */
  sansStructure: { titre: string; texte: ReactNode };
  libelleStructure: string;
  caption: (raisonSociale: string) => string;
  vide: string;
}

/**
 * An espace where invoices wait on the user's structure (Factures reçues, Factures à valider):
 * what waits for its decision (synthèse), then the search, for the structure chosen.
 */
export function FacturesATraiter({ espace, cote, sansStructure, libelleStructure, caption, vide }: Props) {
  const { rattachements, courante, nonHabilite } = useStructureCourante(espace);
  if (nonHabilite) return <EspaceNonHabilite espace={espace} />;
  if (!courante) {
    return (
      <div className="panel">
        <h2 className="panel__title">{sansStructure.titre}</h2>
        <p>{sansStructure.texte}</p>
      </div>
    );
  }
  const structureId = courante.structureId;
  return (
    <>
      {rattachements.length > 1 ? (
        <ChoixStructure structures={rattachements} courante={structureId} label={libelleStructure} />
      ) : null}
      <section className="section" aria-labelledby="synthese">
        <h2 id="synthese" className="section__title">
          Synthèse
        </h2>
        <SyntheseFactures cote={cote} structureId={structureId} />
      </section>
      <section className="section" aria-labelledby="rechercher">
        <h2 id="rechercher" className="section__title">
          Rechercher
        </h2>
        <RechercheFactures
          key={structureId}
          cote={cote}
          structureId={structureId}
          caption={caption(courante.raisonSociale)}
          vide={vide}
        />
      </section>
    </>
  );
}
