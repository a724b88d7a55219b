import type { FactureNormalisee, Partie, ValeurDecimale } from '@choral/domain/facture';
import { siretEtSiren } from '@choral/domain/facture';
import { Decimal } from 'decimal.js';
import { type PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { decouperLignes, texteDessinable } from './texte-pdf.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGE = 40;
const BAS_DE_PAGE = 60;
const GRIS = rgb(0.35, 0.35, 0.35);

/** Table columns: header, left x, width, right-aligned. */
const COLONNES = [
  { titre: 'N°', x: MARGE, largeur: 28, droite: false },
  { titre: 'Désignation', x: MARGE + 30, largeur: 205, droite: false },
  { titre: 'Qté', x: MARGE + 237, largeur: 50, droite: true },
  { titre: 'Unité', x: MARGE + 292, largeur: 34, droite: false },
  { titre: 'PU HT', x: MARGE + 328, largeur: 62, droite: true },
  { titre: 'TVA', x: MARGE + 392, largeur: 48, droite: true },
  { titre: 'Montant HT', x: MARGE + 442, largeur: 73, droite: true },
] as const;

/** French number: thousands separated by a space, decimal comma ("1 234,50"). */
function nombreFr(valeur: ValeurDecimale | null, decimalesMin = 2): string {
  if (valeur === null) return '';
  const decimal = new Decimal(valeur);
  const texte = decimal.toFixed(Math.max(decimalesMin, decimal.decimalPlaces()));
  const [entier = '', fraction] = texte.split('.');
  const groupe = entier.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction === undefined ? groupe : `${groupe},${fraction}`;
}

function dateFr(date: string | null): string {
  const morceaux = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return morceaux ? `${morceaux[3]}/${morceaux[2]}/${morceaux[1]}` : (date ?? '');
}

/** Draws the human-readable French invoice into `doc`, page after page. */
export async function dessinerFacture(doc: PDFDocument, f: FactureNormalisee): Promise<void> {
  const normale = await doc.embedFont(StandardFonts.Helvetica);
  const grasse = await doc.embedFont(StandardFonts.HelveticaBold);
  const lisible = (texte: string): string => texteDessinable(normale, texte);

  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGE;

  const ecrire = (
    texte: string,
    x: number,
    options: { taille?: number; gras?: boolean; gris?: boolean; largeur?: number; droite?: boolean } = {},
  ): void => {
    const police: PDFFont = options.gras ? grasse : normale;
    const taille = options.taille ?? 9;
    let contenu = lisible(texte);
    if (options.largeur !== undefined) {
      while (contenu.length > 1 && police.widthOfTextAtSize(contenu, taille) > options.largeur)
        contenu = `${contenu.slice(0, -2)}…`;
    }
    const decalage =
      options.droite && options.largeur !== undefined
        ? options.largeur - police.widthOfTextAtSize(contenu, taille)
        : 0;
    page.drawText(contenu, {
      x: x + decalage,
      y,
      size: taille,
      font: police,
      color: options.gris ? GRIS : rgb(0, 0, 0),
    });
  };
  const decouper = (texte: string, largeur: number, taille = 9): string[] =>
    decouperLignes(normale, texte, largeur, taille);
  const nouvellePage = (): void => {
    page = doc.addPage(A4);
    y = A4[1] - MARGE;
  };
  const reserver = (hauteur: number): void => {
    if (y - hauteur < BAS_DE_PAGE) nouvellePage();
  };
  const filet = (): void => {
    page.drawLine({
      start: { x: MARGE, y: y + 3 },
      end: { x: A4[0] - MARGE, y: y + 3 },
      thickness: 0.5,
      color: GRIS,
    });
  };

  // Title and dates.
  ecrire(`${f.type === 'avoir' ? 'AVOIR' : 'FACTURE'} N° ${f.numero ?? ''}`, MARGE, {
    taille: 18,
    gras: true,
  });
  const entete = [
    `Date d'émission : ${dateFr(f.dateEmission)}`,
    f.dateEcheance === null ? null : `Échéance : ${dateFr(f.dateEcheance)}`,
    `Devise : ${f.devise ?? ''}${f.codeType === null ? '' : ` — type ${f.codeType}`}`,
  ].filter((t): t is string => t !== null);
  entete.forEach((texte, i) => {
    y -= i === 0 ? 0 : 12;
    ecrire(texte, 360, { taille: 9 });
  });
  y -= 30;

  // Seller and buyer side by side.
  const blocPartie = (titre: string, p: Partie): string[] => {
    const { siret, siren } = siretEtSiren(p);
    const a = p.adresse;
    return [
      titre,
      p.nom ?? '',
      ...(p.nomCommercial ? [p.nomCommercial] : []),
      ...[a?.ligne1, a?.ligne2, a?.ligne3].filter((l): l is string => !!l),
      [a?.codePostal, a?.ville].filter(Boolean).join(' '),
      a?.pays ?? '',
      ...(siret ? [`SIRET : ${siret}`] : siren ? [`SIREN : ${siren}`] : []),
      ...(p.numeroTva ? [`N° TVA : ${p.numeroTva}`] : []),
    ].filter((l) => l !== '');
  };
  const vendeur = blocPartie('VENDEUR', f.vendeur);
  const acheteur = blocPartie('ACHETEUR', f.acheteur);
  const debutBlocs = y;
  vendeur.forEach((texte, i) => {
    y = debutBlocs - i * 12;
    ecrire(texte, MARGE, { gras: i === 0 || i === 1, gris: i === 0, largeur: 250 });
  });
  acheteur.forEach((texte, i) => {
    y = debutBlocs - i * 12;
    ecrire(texte, 320, { gras: i === 0 || i === 1, gris: i === 0, largeur: 235 });
  });
  y = debutBlocs - Math.max(vendeur.length, acheteur.length) * 12 - 14;

  // Chorus Pro references.
  const references = [
    f.referenceAcheteur === null ? null : `Code service : ${f.referenceAcheteur}`,
    f.numeroEngagement === null ? null : `N° d'engagement : ${f.numeroEngagement}`,
    f.referenceContrat === null ? null : `Contrat : ${f.referenceContrat}`,
    f.factureAnterieure === null
      ? null
      : `Facture d'origine : ${f.factureAnterieure.numero} du ${dateFr(f.factureAnterieure.date)}`,
    f.cadreFacturation === null ? null : `Cadre de facturation : ${f.cadreFacturation}`,
  ].filter((t): t is string => t !== null);
  for (const reference of references) {
    ecrire(reference, MARGE);
    y -= 12;
  }
  y -= 10;

  // Lines, paginated with the header repeated.
  const enteteTableau = (): void => {
    for (const colonne of COLONNES)
      ecrire(colonne.titre, colonne.x, { gras: true, largeur: colonne.largeur, droite: colonne.droite });
    y -= 4;
    filet();
    y -= 12;
  };
  if (f.lignes.length > 0) {
    reserver(40);
    enteteTableau();
    for (const ligne of f.lignes) {
      if (y < BAS_DE_PAGE) {
        nouvellePage();
        enteteTableau();
      }
      const valeurs = [
        ligne.id ?? '',
        ligne.nom ?? ligne.description ?? '',
        nombreFr(ligne.quantite, 0),
        ligne.unite ?? '',
        nombreFr(ligne.prixUnitaireNet),
        `${ligne.categorieTva ?? ''} ${ligne.tauxTva === null ? '' : `${nombreFr(ligne.tauxTva, 0)} %`}`.trim(),
        nombreFr(ligne.montantNet),
      ];
      COLONNES.forEach((colonne, i) => {
        ecrire(valeurs[i] ?? '', colonne.x, { largeur: colonne.largeur, droite: colonne.droite });
      });
      y -= 13;
    }
    y -= 8;
  }

  // Document-level allowances and charges.
  for (const element of f.remisesEtFrais) {
    reserver(14);
    ecrire(
      `${element.nature === 'remise' ? 'Remise' : 'Frais'} : ${element.motif ?? element.codeMotif ?? ''}`,
      MARGE,
      { largeur: 300 },
    );
    ecrire(`${element.nature === 'remise' ? '-' : ''}${nombreFr(element.montant)}`, 442, {
      largeur: 73,
      droite: true,
    });
    y -= 13;
  }

  // VAT summary.
  if (f.ventilationTva.length > 0) {
    reserver(30 + f.ventilationTva.length * 13);
    y -= 6;
    ecrire('Récapitulatif TVA', MARGE, { gras: true });
    y -= 14;
    for (const ligne of f.ventilationTva) {
      ecrire(
        `Catégorie ${ligne.categorie ?? ''}${ligne.taux === null ? '' : ` — ${nombreFr(ligne.taux, 0)} %`}`,
        MARGE,
        { largeur: 200 },
      );
      ecrire(`base ${nombreFr(ligne.baseImposable)}`, 250, { largeur: 130, droite: true });
      ecrire(`TVA ${nombreFr(ligne.montant)}`, 400, { largeur: 115, droite: true });
      y -= 13;
      const motif = ligne.motifExoneration ?? ligne.codeMotifExoneration;
      if (motif !== null) {
        ecrire(`Exonération : ${motif}`, MARGE + 10, { gris: true, largeur: 460 });
        y -= 13;
      }
    }
  }

  // Totals.
  const t = f.totaux;
  const totaux: [string, ValeurDecimale | null, boolean][] = [
    ['Total des lignes HT', t.totalLignes, false],
    ['Remises', t.totalRemises, false],
    ['Frais', t.totalFrais, false],
    ['Total HT', t.totalHt, true],
    ['Total TVA', t.totalTva, false],
    ['Total TTC', t.totalTtc, true],
    ['Acompte versé', t.montantPrepaye, false],
    ['Arrondi', t.arrondi, false],
    [`Net à payer (${f.devise ?? ''})`, t.netAPayer, true],
  ];
  const affiches = totaux.filter(([, valeur]) => valeur !== null);
  reserver(20 + affiches.length * 14);
  y -= 10;
  for (const [libelle, valeur, gras] of affiches) {
    ecrire(libelle, 330, { gras });
    ecrire(nombreFr(valeur), 442, { gras, largeur: 73, droite: true });
    y -= 14;
  }

  // Payment and notes.
  const paiement = [
    ...(f.conditionsPaiement === null ? [] : [`Conditions de paiement : ${f.conditionsPaiement}`]),
    ...f.moyensPaiement.map((m) =>
      [
        `Paiement (code ${m.code ?? '?'})${m.libelle ? ` ${m.libelle}` : ''}`,
        m.compte && `IBAN ${m.compte}`,
        m.bic && `BIC ${m.bic}`,
      ]
        .filter(Boolean)
        .join(' — '),
    ),
    ...f.notes.map((note) => (note.sujet === null ? note.texte : `${note.sujet} : ${note.texte}`)),
  ];
  y -= 8;
  for (const paragraphe of paiement) {
    for (const ligne of decouper(paragraphe, A4[0] - 2 * MARGE, 8)) {
      reserver(12);
      ecrire(ligne, MARGE, { taille: 8, gris: true });
      y -= 11;
    }
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    page = p;
    y = 25;
    ecrire(`${f.numero ?? ''} — page ${i + 1} / ${pages.length}`, A4[0] - MARGE - 200, {
      taille: 8,
      gris: true,
      largeur: 200,
      droite: true,
    });
  });
}
