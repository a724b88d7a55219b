import { Badge } from '../../../components/badge';
import { formaterTaille } from '../../../lib/format';
import { type FactureLue, urlDocument } from '../api';
import { libelleFormat } from '../libelles';

export function documentOriginal(facture: FactureLue) {
  return facture.documents.find((d) => d.role === 'ORIGINAL') ?? null;
}

/** The deposited file: its detected format and profile, and the EN 16931 findings on it. */
export function DocumentDepose({ facture }: { facture: FactureLue }) {
  const original = documentOriginal(facture);
  const erreurs = facture.constats.filter((c) => c.severite === 'erreur');
  const avertissements = facture.constats.filter((c) => c.severite === 'avertissement');
  return (
    <section className="panel panel--wide" aria-labelledby="document-depose">
      <h2 id="document-depose" className="panel__title">
        Fichier déposé
      </h2>
      <dl className="details">
        {original ? (
          <div>
            <dt>Fichier</dt>
            <dd>
              <a href={urlDocument(facture.id, original.id)} download>
                {original.nom}
              </a>{' '}
              ({formaterTaille(original.taille)})
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Format détecté</dt>
          <dd>{facture.formatOrigine ? libelleFormat[facture.formatOrigine] : 'Inconnu'}</dd>
        </div>
        <div>
          <dt>Profil</dt>
          <dd>{facture.profil ?? 'Aucun'}</dd>
        </div>
      </dl>
      {facture.formatOrigine === 'pdf-simple' ? (
        <p className="field__hint">
          Ce PDF ne contient pas de données structurées : saisissez les champs ci-dessous en vous aidant de
          l’aperçu.
        </p>
      ) : null}
      {facture.constats.length === 0 ? null : (
        <>
          <h3 className="fieldset__subtitle">Contrôles EN 16931 du document</h3>
          <p>
            {erreurs.length > 0
              ? 'Les erreurs bloquent l’envoi : corrigez le document puis déposez-le à nouveau.'
              : 'Les avertissements n’empêchent pas l’envoi.'}
          </p>
          <ul className="constats">
            {[...erreurs, ...avertissements].map((constat) => (
              <li key={`${constat.regle}-${constat.emplacement}`} className="constat">
                <Badge tone={constat.severite === 'erreur' ? 'danger' : 'warning'}>
                  {constat.severite === 'erreur' ? 'Erreur' : 'Avertissement'}
                </Badge>{' '}
                <span className="table__code">{constat.regle}</span> : {constat.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The deposited PDF shown beside the form, with a link for browsers that cannot show it. */
export function ApercuPdf({ facture }: { facture: FactureLue }) {
  const original = documentOriginal(facture);
  if (original?.typeMime !== 'application/pdf') return null;
  const url = urlDocument(facture.id, original.id, true);
  return (
    <section className="apercu" aria-labelledby="apercu-titre">
      <h2 id="apercu-titre" className="panel__title">
        Aperçu de la facture
      </h2>
      {/* Without the viewer's thumbnails, and fitted to the width: the page itself is what matters. */}
      <iframe
        className="apercu__cadre"
        src={`${url}#navpanes=0&view=FitH`}
        title={`Aperçu du PDF « ${original.nom} »`}
      />
      <p>
        <a href={url} target="_blank" rel="noopener">
          Ouvrir le PDF dans un nouvel onglet
        </a>
      </p>
    </section>
  );
}
