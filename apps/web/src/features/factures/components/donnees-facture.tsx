import { LIBELLES_TYPE_PIECE_JOINTE } from '@choral/contracts';
import { formaterDateHeure, formaterJour, formaterMontant, formaterTaille } from '../../../lib/format';
import { type FactureLue, urlDocument } from '../api';
import { libelleCadre, libelleTypeFacture } from '../libelles';

const libelleRole = {
  ORIGINAL: 'Facture déposée',
  FACTURX_GENERE: 'Facture Factur-X générée',
  PIECE_JOINTE: 'Pièce jointe',
};

function Montant({ valeur, devise }: { valeur: string | null; devise: string }) {
  return <>{valeur ? formaterMontant(valeur, devise) : 'Non renseigné'}</>;
}

/** What the invoice says: parties, references, amounts (and lines of a manual entry). */
export function DonneesFacture({ facture }: { facture: FactureLue }) {
  const { identification: id, destinataire: d, references: r, montants: m } = facture;
  return (
    <>
      <section className="panel panel--wide" aria-labelledby="informations">
        <h2 id="informations" className="panel__title">
          Informations
        </h2>
        <dl className="details">
          <div>
            <dt>Numéro de facture</dt>
            <dd>{id.numero ?? 'Non renseigné'}</dd>
          </div>
          <div>
            <dt>Date de facture</dt>
            <dd>{id.dateFacture ? formaterJour(id.dateFacture) : 'Non renseignée'}</dd>
          </div>
          <div>
            <dt>Type</dt>
            <dd>{libelleTypeFacture[id.type]}</dd>
          </div>
          <div>
            <dt>Cadre de facturation</dt>
            <dd>{libelleCadre(facture.cadre)}</dd>
          </div>
          <div>
            <dt>Fournisseur</dt>
            <dd>
              {facture.fournisseur.raisonSociale} ({facture.fournisseur.identifiant})
            </dd>
          </div>
          <div>
            <dt>Destinataire</dt>
            <dd>
              {d.raisonSociale ? `${d.raisonSociale} (${d.identifiant})` : 'Non renseigné'}
              {d.codeService ? ` — service ${d.libelleService ?? ''} (${d.codeService})` : ''}
            </dd>
          </div>
          <div>
            <dt>Numéro d’engagement</dt>
            <dd>{r.numeroEngagement ?? 'Aucun'}</dd>
          </div>
          <div>
            <dt>Numéro de marché</dt>
            <dd>{r.numeroMarche ?? 'Aucun'}</dd>
          </div>
          {id.type === 'AVOIR' ? (
            <div>
              <dt>Facture d’origine</dt>
              <dd>{r.factureOrigine ?? 'Non renseignée'}</dd>
            </div>
          ) : null}
          {facture.commentaire ? (
            <div>
              <dt>Commentaire</dt>
              <dd>{facture.commentaire}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section className="panel panel--wide" aria-labelledby="montants">
        <h2 id="montants" className="panel__title">
          Montants
        </h2>
        <dl className="details">
          <div>
            <dt>Montant HT</dt>
            <dd>
              <Montant valeur={m.montantHt} devise={id.devise} />
            </dd>
          </div>
          <div>
            <dt>Montant de TVA</dt>
            <dd>
              <Montant valeur={m.montantTva} devise={id.devise} />
            </dd>
          </div>
          <div>
            <dt>Montant TTC</dt>
            <dd>
              <Montant valeur={m.montantTtc} devise={id.devise} />
            </dd>
          </div>
          <div>
            <dt>Montant à payer</dt>
            <dd>
              <Montant valeur={m.montantAPayer} devise={id.devise} />
            </dd>
          </div>
        </dl>
        {facture.recapitulatifTva.length > 0 ? (
          <div className="table-wrapper section">
            <table className="table">
              <caption className="table__caption">Récapitulatif de TVA</caption>
              <thead>
                <tr>
                  <th scope="col">Taux</th>
                  <th scope="col" className="table__nombre">
                    Base HT
                  </th>
                  <th scope="col" className="table__nombre">
                    TVA
                  </th>
                </tr>
              </thead>
              <tbody>
                {facture.recapitulatifTva.map((l) => (
                  <tr key={l.taux}>
                    <th scope="row">{l.taux.replace('.', ',')} %</th>
                    <td className="table__nombre">{formaterMontant(l.baseHt, id.devise)}</td>
                    <td className="table__nombre">{formaterMontant(l.montantTva, id.devise)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {facture.lignes.length > 0 ? (
          <div className="table-wrapper section">
            <table className="table">
              <caption className="table__caption">Lignes de la facture</caption>
              <thead>
                <tr>
                  <th scope="col">Désignation</th>
                  <th scope="col" className="table__nombre">
                    Quantité
                  </th>
                  <th scope="col" className="table__nombre">
                    Prix unitaire HT
                  </th>
                  <th scope="col" className="table__nombre">
                    Remise HT
                  </th>
                  <th scope="col" className="table__nombre">
                    TVA
                  </th>
                  <th scope="col" className="table__nombre">
                    Montant HT
                  </th>
                </tr>
              </thead>
              <tbody>
                {facture.lignes.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identifier but their order.
                  <tr key={i}>
                    <th scope="row">{l.designation}</th>
                    <td className="table__nombre">
                      {l.quantite} {l.unite}
                    </td>
                    <td className="table__nombre">{l.prixUnitaireHt}</td>
                    <td className="table__nombre">{l.remise ?? '—'}</td>
                    <td className="table__nombre">{l.tauxTva.replace('.', ',')} %</td>
                    <td className="table__nombre">{formaterMontant(l.montantHt, id.devise)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}

/** The invoice's documents, each a download link. */
export function DocumentsFacture({ facture }: { facture: FactureLue }) {
  return (
    <section className="panel panel--wide" aria-labelledby="documents">
      <h2 id="documents" className="panel__title">
        Documents
      </h2>
      {facture.documents.length === 0 ? (
        <p>Aucun document.</p>
      ) : (
        <ul className="bullet-list">
          {facture.documents.map((doc) => (
            <li key={doc.id}>
              {doc.role === 'PIECE_JOINTE' && doc.designation
                ? `${doc.designation}${doc.typePieceJointe ? ` (${LIBELLES_TYPE_PIECE_JOINTE[doc.typePieceJointe]})` : ''}`
                : libelleRole[doc.role]}{' '}
              :{' '}
              <a href={urlDocument(facture.id, doc.id)} download>
                Télécharger {doc.nom}
              </a>{' '}
              ({formaterTaille(doc.taille)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Each status the invoice went through, oldest first. */
export function HistoriqueFacture({ facture }: { facture: FactureLue }) {
  return (
    <section className="panel panel--wide" aria-labelledby="historique">
      <h2 id="historique" className="panel__title">
        Historique
      </h2>
      {facture.historique.length === 0 ? (
        <p>Pas encore d’historique : la facture n’a pas été envoyée.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Historique des statuts de la facture</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Statut</th>
                <th scope="col">Par</th>
                <th scope="col">Motif ou commentaire</th>
              </tr>
            </thead>
            <tbody>
              {facture.historique.map((e) => (
                <tr key={`${e.le}-${e.statut}`}>
                  <td>{formaterDateHeure(e.le)}</td>
                  <th scope="row">{e.libelleStatut}</th>
                  <td>{e.auteur ?? 'Le portail'}</td>
                  <td>{[e.motif, e.commentaire].filter(Boolean).join(' — ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
