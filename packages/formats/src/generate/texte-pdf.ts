import type { PDFFont } from 'pdf-lib';

/** Each font's character set, built once: a page draws hundreds of texts. */
const jeux = new WeakMap<PDFFont, Set<number>>();

/**
 * Text the font can draw: standard fonts speak WinAnsi only, so any other character (an emoji in
 * a name…) becomes "?" rather than failing the whole document; line breaks become spaces.
 */
export function texteDessinable(police: PDFFont, texte: string): string {
  let caracteres = jeux.get(police);
  if (!caracteres) {
    caracteres = new Set(police.getCharacterSet());
    jeux.set(police, caracteres);
  }

  return [...texte.replace(/[\r\n\t]+/g, ' ')]
    .map((c) => (caracteres.has(c.codePointAt(0) ?? 0) ? c : '?'))
    .join('');
}

/** The text cut at spaces into lines no wider than `largeur` (a single longer word keeps its line). */
export function decouperLignes(police: PDFFont, texte: string, largeur: number, taille: number): string[] {
  const lignes: string[] = [];
  let courante = '';
  for (const mot of texteDessinable(police, texte).split(' ')) {
    const essai = courante ? `${courante} ${mot}` : mot;
    if (police.widthOfTextAtSize(essai, taille) > largeur && courante) {
      lignes.push(courante);
      courante = mot;
    } else courante = essai;
  }

  return courante ? [...lignes, courante] : lignes;
}
