import type { Cote } from '@choral/contracts';
import { Link } from 'react-router';
import { LoadedData } from '../../../components/loaded-data';
import { pluriel } from '../../../lib/format';
import { useApiData } from '../../../lib/use-api-data';
import { lireSynthese } from '../api';
import { parametresRecherche } from '../recherche';

/** « Synthèse »: how many invoices wait for the user's side, each count opening that search. */
export function SyntheseFactures({ cote, structureId }: { cote: Cote; structureId: number }) {
  const { state, recharger } = useApiData(`synthese-${cote}-${structureId}`, (signal) =>
    lireSynthese(cote, structureId, signal),
  );
  return (
    <LoadedData state={state} onRetry={recharger} what="la synthèse">
      {({ aTraiter }) =>
        aTraiter.length === 0 ? (
          <p className="empty-state">Aucune facture à traiter pour l’instant.</p>
        ) : (
          <ul className="compteurs compteurs--synthese">
            {aTraiter.map((c) => (
              <li key={c.statut}>
                <Link to={{ search: parametresRecherche(structureId, { filtres: { statut: c.statut } }) }}>
                  <strong>{c.plafonne ? `plus de ${c.nombre}` : c.nombre}</strong> {c.libelleStatut} :{' '}
                  {pluriel(c.nombre, 'facture à traiter', 'factures à traiter')}
                </Link>
              </li>
            ))}
          </ul>
        )
      }
    </LoadedData>
  );
}
