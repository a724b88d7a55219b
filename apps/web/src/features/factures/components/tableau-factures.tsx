import type { Cote, FactureResume } from '@choral/contracts';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formaterDateHeure, formaterJour, formaterMontant } from '../../../lib/format';
import { parametresRecherche, type Recherche, type Tri } from '../recherche';
import { StatutBadge } from './statut-badge';

type Props = {
  cote: Cote;
  structureId: number;
  caption: string;
  factures: readonly FactureResume[];
  recherche: Recherche;
  /** Recipient side: the invoices ticked for « Traiter ». */
  selection?: { ids: ReadonlySet<number>; basculer: (id: number) => void } | undefined;
};

function lienFacture(cote: Cote, f: FactureResume): string {
  if (cote === 'DESTINATAIRE') return paths.factureRecue.href(f.id);
  if (cote === 'VALIDEUR') return paths.factureAValider.href(f.id);
  return f.statut === 'BROUILLON' ? paths.brouillon.href(f.id) : paths.factureEmise.href(f.id);
}

/** A sortable column: its header is a link to the same search sorted by it (the other way when it already is). */
function EnteteTriable({
  tri,
  label,
  structureId,
  recherche,
  nombre,
}: {
  tri: Tri;
  label: string;
  structureId: number;
  recherche: Recherche;
  nombre?: boolean;
}) {
  const actif = recherche.tri === tri;
  const ordre = actif && recherche.ordre === 'desc' ? 'asc' : 'desc';
  return (
    <th
      scope="col"
      className={nombre ? 'table__nombre' : undefined}
      aria-sort={actif ? (recherche.ordre === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <Link to={{ search: parametresRecherche(structureId, { filtres: recherche.filtres, tri, ordre }) }}>
        {label}
        <span className="visually-hidden">
          {ordre === 'asc' ? ', trier par ordre croissant' : ', trier par ordre décroissant'}
        </span>
        {actif ? <span aria-hidden="true">{recherche.ordre === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </Link>
    </th>
  );
}

/** One page of a search: each invoice, its parties, dates, amount and status. */
export function TableauFactures({ cote, structureId, caption, factures, recherche, selection }: Props) {
  const entete = { structureId, recherche };
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col">
                <span className="visually-hidden">Sélection</span>
              </th>
            ) : null}
            <EnteteTriable tri="numero" label="Numéro" {...entete} />
            <th scope="col">{cote === 'DESTINATAIRE' ? 'Fournisseur' : 'Destinataire'}</th>
            <EnteteTriable tri="dateFacture" label="Date de facture" {...entete} />
            <EnteteTriable tri="montantTtc" label="Montant TTC" nombre {...entete} />
            <th scope="col">Statut</th>
            <th scope="col">Numéro portail</th>
            <EnteteTriable tri="dateDepot" label="Déposée le" {...entete} />
            {cote === 'DESTINATAIRE' ? (
              <EnteteTriable tri="dateMiseADisposition" label="Mise à disposition le" {...entete} />
            ) : null}
          </tr>
        </thead>
        <tbody>
          {factures.map((f) => {
            const numero = f.numero ?? 'Sans numéro';
            return (
              <tr key={f.id}>
                {selection ? (
                  <td>
                    <input
                      type="checkbox"
                      className="checkbox__input"
                      aria-label={`Sélectionner la facture ${numero}`}
                      checked={selection.ids.has(f.id)}
                      onChange={() => selection.basculer(f.id)}
                    />
                  </td>
                ) : null}
                <th scope="row">
                  <Link to={lienFacture(cote, f)}>{numero}</Link>
                  {f.statut === 'BROUILLON' ? (
                    <span className="table__secondary">Brouillon à reprendre</span>
                  ) : null}
                </th>
                <td>
                  {(cote === 'DESTINATAIRE' ? f.fournisseur : f.destinataire) ?? 'À choisir'}
                  {f.codeService ? <span className="table__secondary">Service {f.codeService}</span> : null}
                </td>
                <td>{f.dateFacture ? formaterJour(f.dateFacture) : '—'}</td>
                <td className="table__nombre">
                  {f.montantTtc ? formaterMontant(f.montantTtc, f.devise) : '—'}
                </td>
                <td>
                  <StatutBadge facture={f} />
                </td>
                <td className="table__code">{f.numeroPortail ?? '—'}</td>
                <td>{f.dateDepot ? formaterDateHeure(f.dateDepot) : '—'}</td>
                {cote === 'DESTINATAIRE' ? (
                  <td>{f.dateMiseADisposition ? formaterDateHeure(f.dateMiseADisposition) : '—'}</td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
