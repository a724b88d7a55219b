import type { Cote } from '@choral/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadedData } from '../../../components/loaded-data';
import { PaginationCurseur } from '../../../components/pagination-curseur';
import { useApiData } from '../../../lib/use-api-data';
import { rechercherFactures, urlExport } from '../api';
import { ACTIONS_GROUPEES, ACTIONS_VALIDATION_GROUPEES } from '../libelles';
import { lireRecherche, parametresRecherche, requeteRecherche } from '../recherche';
import { FiltresFactures } from './filtres-factures';
import { TableauFactures } from './tableau-factures';
import { TraitementGroupe } from './traitement-groupe';

type Props = {
  cote: Cote;
  structureId: number;
  /** Names the results table for assistive technologies. */
  caption: string;
  /** What to say when the structure has no invoice at all. */
  vide: string;
};

/** « Rechercher »: filters, counts per status, one sortable page, the next one, the CSV export. */
export function RechercheFactures({ cote, structureId, caption, vide }: Props) {
  const [params] = useSearchParams();
  const recherche = lireRecherche(cote, params);
  const query = requeteRecherche(structureId, recherche);
  const { state, recharger } = useApiData(`${cote}-${JSON.stringify(query)}`, (signal) =>
    rechercherFactures(cote, query, signal),
  );
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const basculer = (id: number) =>
    setSelection((avant) => {
      const apres = new Set(avant);
      if (!apres.delete(id)) apres.add(id);
      return apres;
    });
  const compteurs = state.statut === 'pret' ? state.donnees.compteurs : [];
  const filtre = Object.keys(recherche.filtres).length > 0;

  return (
    <>
      <FiltresFactures
        key={params.toString()}
        cote={cote}
        structureId={structureId}
        recherche={recherche}
        statuts={compteurs}
      />
      <LoadedData state={state} onRetry={recharger} what="les factures">
        {({ factures, suivant, compteurs: parStatut }) => (
          <>
            {parStatut.length > 0 ? (
              <ul className="compteurs" aria-label="Nombre de factures par statut">
                {parStatut.map((c) => (
                  <li key={c.statut}>
                    <Link
                      to={{
                        search: parametresRecherche(structureId, {
                          filtres: { ...recherche.filtres, statut: c.statut },
                          tri: recherche.tri,
                          ordre: recherche.ordre,
                        }),
                      }}
                    >
                      {c.libelleStatut} : {c.plafonne ? `plus de ${c.nombre}` : c.nombre}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
            {factures.length === 0 ? (
              <p className="empty-state">{filtre ? 'Aucune facture ne correspond à ces critères.' : vide}</p>
            ) : (
              <>
                <TableauFactures
                  cote={cote}
                  structureId={structureId}
                  caption={caption}
                  factures={factures}
                  recherche={recherche}
                  selection={cote !== 'FOURNISSEUR' ? { ids: selection, basculer } : undefined}
                />
                {cote !== 'FOURNISSEUR' ? (
                  <TraitementGroupe
                    actions={cote === 'VALIDEUR' ? ACTIONS_VALIDATION_GROUPEES : ACTIONS_GROUPEES}
                    ids={factures.filter((f) => selection.has(f.id)).map((f) => f.id)}
                    numeros={new Map(factures.map((f) => [f.id, f.numero ?? String(f.id)]))}
                    onTraitees={() => {
                      setSelection(new Set());
                      recharger();
                    }}
                  />
                ) : null}
              </>
            )}
            <div className="actions">
              <PaginationCurseur
                premiere={
                  recherche.curseur ? parametresRecherche(structureId, { ...recherche, curseur: null }) : null
                }
                suivante={
                  suivant ? parametresRecherche(structureId, { ...recherche, curseur: suivant }) : null
                }
              />
              <a
                className="button button--secondary"
                href={urlExport(cote, requeteRecherche(structureId, recherche, false))}
                download
              >
                Exporter en CSV
              </a>
            </div>
          </>
        )}
      </LoadedData>
    </>
  );
}
