import { LIBELLES_ETAT_FLUX } from '@choral/domain/flux';
import { decouperLignes } from '@choral/formats';
import { PDFDocument, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { ErreurDpRang } from '../use-cases/flux/integrer-flux.ts';
import type { FluxDetaille } from '../use-cases/flux/trouver-flux.ts';

const MARGE = 50;
const LARGEUR = 595.28;
const HAUTEUR = 841.89;

/**
 * The compte rendu of a flux (fichierCR of consulterCR, « Compte rendu » in Suivi des flux): its
 * identity, state, counts, the invoices integrated and every error, on as many pages as needed.
 */
export async function compteRenduFluxPdf(flux: FluxDetaille): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Compte rendu du flux ${flux.numero}`);
  pdf.setProducer('Choral (émulateur de Chorus Pro)');
  const normal = await pdf.embedFont(StandardFonts.Helvetica);
  const gras = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([LARGEUR, HAUTEUR]);
  let y = HAUTEUR - MARGE;
  const ecrire = (texte: string, { police = normal, taille = 10 } = {}) => {
    for (const ligne of decouperLignes(police, texte, LARGEUR - 2 * MARGE, taille)) {
      if (y < MARGE + taille) {
        page = pdf.addPage([LARGEUR, HAUTEUR]);
        y = HAUTEUR - MARGE;
      }
      page.drawText(ligne, { x: MARGE, y, size: taille, font: police, color: rgb(0.1, 0.1, 0.1) });
      y -= taille * 1.45;
    }
  };
  const erreurs = flux.erreursDp as ErreurDpRang[];
  const techniques = flux.erreursTechniques as { codeErreur: string; libelleErreur: string }[];

  ecrire('Compte rendu de traitement du flux', { police: gras, taille: 16 });
  ecrire('Document produit par Choral, émulateur de Chorus Pro : sans valeur légale.', { taille: 8 });
  y -= 8;
  for (const [libelle, valeur] of [
    ['Numéro de flux', flux.numero],
    ['Fichier', flux.nomFichier],
    ['Syntaxe', flux.syntaxe],
    ['Structure', `${flux.structure.raisonSociale} (${flux.structure.identifiant})`],
    ['Déposé le', flux.dateDepot.toISOString().replace('T', ' ').slice(0, 19)],
    [
      'État',
      `${LIBELLES_ETAT_FLUX[flux.etat]} (${flux.etat}) au ${flux.dateEtat.toISOString().replace('T', ' ').slice(0, 19)}`,
    ],
    ['Factures', `${flux.factures.length} intégrée(s), ${erreurs.length} rejetée(s)`],
  ] as const) {
    ecrire(`${libelle} : ${valeur}`);
  }
  if (flux.factures.length > 0) {
    y -= 6;
    ecrire('Factures intégrées', { police: gras, taille: 12 });
    for (const f of flux.factures) ecrire(`N° ${f.numero ?? '(sans numéro)'} : ${f.statutFournisseur}`);
  }
  if (erreurs.length > 0) {
    y -= 6;
    ecrire('Factures rejetées', { police: gras, taille: 12 });
    for (const e of erreurs) {
      ecrire(
        `N° ${e.numeroDP ?? '(illisible)'} pour ${e.identifiantDestinataire ?? '(destinataire inconnu)'}`,
        {
          police: gras,
        },
      );
      ecrire(e.libelleErreurDP);
    }
  }
  if (techniques.length > 0) {
    y -= 6;
    ecrire('Erreurs techniques', { police: gras, taille: 12 });
    for (const e of techniques) ecrire(`${e.codeErreur} : ${e.libelleErreur}`);
  }

  return pdf.save();
}
