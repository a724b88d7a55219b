import { useEffect, useRef, useState } from 'react';
import { ouvrirPdf } from '../pdf';

type Props = { url: string; nom: string; urlTelechargement: string };

/** The PDF's pages drawn by pdf.js, each a named image; the download link stays the fallback. */
export function ApercuPdf({ url, nom, urlTelechargement }: Props) {
  const conteneur = useRef<HTMLElement>(null);
  const [etat, setEtat] = useState<'chargement' | 'pret' | 'erreur'>('chargement');

  useEffect(() => {
    let annule = false;
    const tache = ouvrirPdf(url);
    tache
      .then(async ({ promise }) => {
        const pdf = await promise;
        const cible = conteneur.current;
        if (!cible) return;
        cible.replaceChildren();
        for (let numero = 1; numero <= pdf.numPages && !annule; numero++) {
          const page = await pdf.getPage(numero);
          const vue = page.getViewport({ scale: 1.5 });
          const canvas = document.createElement('canvas');
          canvas.width = vue.width;
          canvas.height = vue.height;
          canvas.className = 'apercu-pdf__page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `Page ${numero} sur ${pdf.numPages} de « ${nom} »`);
          cible.append(canvas);
          await page.render({ canvas, viewport: vue }).promise;
        }
        if (!annule) setEtat('pret');
      })
      .catch(() => {
        if (!annule) setEtat('erreur');
      });
    return () => {
      annule = true;
      void tache.then((t) => t.destroy()).catch(() => undefined);
    };
  }, [url, nom]);

  return (
    <div className="apercu-pdf">
      {etat === 'chargement' ? (
        <p className="loading-notice" role="status">
          Chargement de l’aperçu…
        </p>
      ) : null}
      {etat === 'erreur' ? <p>L’aperçu n’a pas pu être affiché : téléchargez le fichier.</p> : null}
      <section
        ref={conteneur}
        className="apercu-pdf__pages"
        aria-label={`Pages de « ${nom} »`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable pages must be reachable by keyboard.
        tabIndex={0}
      />
      <p>
        <a href={urlTelechargement} download>
          Télécharger {nom}
        </a>
      </p>
    </div>
  );
}
