import { createHash } from 'node:crypto';
import { inflateSync, constants as zlib } from 'node:zlib';
import {
  EncryptedPDFError,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { CODES_ERREUR, EchecLecture } from '../erreurs.ts';
import { type Limites, NOEUDS_PDF_MAX, tailleLisible } from '../limites.ts';
import { ouvrirAvecBudget } from './flux-structure.ts';
import { lireXmp, type Xmp } from './lire-xmp.ts';

/** Invoice XML names used by Factur-X, ZUGFeRD 1.0/2.0 and XRechnung-in-PDF, in order of preference. */
const NOMS_XML_FACTURE = ['factur-x.xml', 'xrechnung.xml', 'zugferd-invoice.xml'] as const;
const NOM_ORDER_X = 'order-x.xml';

/** An attachment as declared in the PDF (names tree or catalog /AF). */
export interface PieceJointe {
  nom: string;
  relation: string | null;
}

export interface XmlEmbarque extends PieceJointe {
  octets: Uint8Array;
}

export interface ContenuPdf {
  piecesJointes: PieceJointe[];
  xmlFacture: XmlEmbarque | null;
  /** Order-X attachment found instead of an invoice. */
  commande: boolean;
  xmp: Xmp | null;
  avertissements: string[];
}

interface Specification {
  dict: PDFDict;
  nom: string;
  relation: string | null;
}

function texte(valeur: unknown): string | null {
  return valeur instanceof PDFString || valeur instanceof PDFHexString ? valeur.decodeText() : null;
}

function nomPdf(valeur: unknown): string | null {
  return valeur instanceof PDFName ? valeur.decodeText() : null;
}

async function chargerPdf(octets: Uint8Array, limites: Limites): Promise<PDFDocument> {
  // A PDF ends with %%EOF; without it the upload was cut short (pdf-lib would read what it can).
  const fin = new TextDecoder('latin1').decode(octets.subarray(Math.max(0, octets.length - 1024)));
  if (!fin.includes('%%EOF')) {
    throw new EchecLecture(CODES_ERREUR.FICHIER_CORROMPU, 'Le PDF est tronqué : sa fin (%%EOF) est absente.');
  }
  let ouverture: Awaited<ReturnType<typeof ouvrirAvecBudget<PDFDocument>>>;
  try {
    ouverture = await ouvrirAvecBudget(limites.tailleMaxStructurePdf, () =>
      PDFDocument.load(octets, {
        updateMetadata: false,
        ignoreEncryption: false,
        throwOnInvalidObject: false,
        parseSpeed: ParseSpeeds.Fastest,
      }),
    );
  } catch (erreur) {
    // pdf-lib is compiled to ES5, where `instanceof` on Error subclasses is unreliable.
    if (
      erreur instanceof EncryptedPDFError ||
      (erreur instanceof Error && /is encrypted/.test(erreur.message))
    ) {
      throw new EchecLecture(
        CODES_ERREUR.PDF_CHIFFRE,
        'Le PDF est protégé (chiffré ou avec mot de passe) : dépôt impossible, déposez un PDF non protégé.',
      );
    }
    throw new EchecLecture(CODES_ERREUR.FICHIER_CORROMPU, 'Le PDF est endommagé et ne peut pas être ouvert.');
  }
  if (ouverture.depasse) {
    throw new EchecLecture(
      CODES_ERREUR.FICHIER_TROP_VOLUMINEUX,
      `La structure du PDF (flux d'objets) dépasse ${tailleLisible(limites.tailleMaxStructurePdf)} une fois décompressée : le fichier est refusé.`,
    );
  }
  return ouverture.resultat;
}

/** File specifications from the /EmbeddedFiles names tree and the catalog /AF, each once. */
function specifications(doc: PDFDocument): Specification[] {
  const vues = new Set<PDFDict>();
  const resultat: Specification[] = [];
  const ajouter = (valeur: unknown): void => {
    if (!(valeur instanceof PDFDict) || vues.has(valeur)) return;
    vues.add(valeur);
    const nom = texte(valeur.lookup(PDFName.of('UF'))) ?? texte(valeur.lookup(PDFName.of('F')));
    if (nom === null) return;
    resultat.push({ dict: valeur, nom, relation: nomPdf(valeur.lookup(PDFName.of('AFRelationship'))) });
  };

  const noeudsVus = new Set<PDFDict>();
  const parcourir = (noeud: PDFDict | undefined, profondeur: number): void => {
    if (noeud === undefined || noeudsVus.has(noeud) || profondeur > 32 || noeudsVus.size >= NOEUDS_PDF_MAX)
      return;
    noeudsVus.add(noeud);
    const noms = noeud.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 1; noms !== undefined && i < noms.size(); i += 2) ajouter(noms.lookup(i));
    const enfants = noeud.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; enfants !== undefined && i < enfants.size(); i++) {
      const enfant = enfants.lookup(i);
      if (enfant instanceof PDFDict) parcourir(enfant, profondeur + 1);
    }
  };
  const noms = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  parcourir(noms?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict), 0);

  const fichiersAssocies = doc.catalog.lookupMaybe(PDFName.of('AF'), PDFArray);
  for (let i = 0; fichiersAssocies !== undefined && i < fichiersAssocies.size(); i++) {
    ajouter(fichiersAssocies.lookup(i));
  }
  return resultat;
}

/**
 * Decoded bytes of a stream: unfiltered or a single FlateDecode, inflated with an output cap
 * (decompression bombs stop at the limit instead of filling memory).
 */
export function decoderFlux(flux: unknown, tailleMax: number, quoi: string): Uint8Array {
  if (!(flux instanceof PDFRawStream)) {
    throw new EchecLecture(CODES_ERREUR.PIECE_JOINTE_ILLISIBLE, `${quoi} n'est pas un flux PDF lisible.`);
  }
  let filtre = flux.dict.lookup(PDFName.of('Filter'));
  if (filtre instanceof PDFArray) filtre = filtre.size() === 1 ? filtre.lookup(0) : filtre;
  const nomFiltre = filtre === undefined ? null : nomPdf(filtre);
  if (filtre === undefined) {
    if (flux.contents.length > tailleMax) {
      throw new EchecLecture(
        CODES_ERREUR.FICHIER_TROP_VOLUMINEUX,
        `${quoi} dépasse la taille maximale de ${tailleLisible(tailleMax)}.`,
      );
    }
    return flux.contents;
  }
  if (nomFiltre !== 'FlateDecode') {
    throw new EchecLecture(
      CODES_ERREUR.PIECE_JOINTE_ILLISIBLE,
      `${quoi} utilise un encodage PDF non accepté (seul FlateDecode est admis).`,
    );
  }
  try {
    return inflateSync(flux.contents, { maxOutputLength: tailleMax, finishFlush: zlib.Z_SYNC_FLUSH });
  } catch (erreur) {
    if (erreur instanceof RangeError) {
      throw new EchecLecture(
        CODES_ERREUR.FICHIER_TROP_VOLUMINEUX,
        `${quoi} dépasse ${tailleLisible(tailleMax)} une fois décompressé.`,
      );
    }
    throw new EchecLecture(CODES_ERREUR.PIECE_JOINTE_ILLISIBLE, `${quoi} est compressé de façon invalide.`);
  }
}

/** /Params /Size and /CheckSum (MD5) cross-checks: a mismatch is reported, not fatal. */
function controlerIntegrite(flux: unknown, octets: Uint8Array, nom: string): string[] {
  if (!(flux instanceof PDFRawStream)) return [];
  const params = flux.dict.lookupMaybe(PDFName.of('Params'), PDFDict);
  const avertissements: string[] = [];
  const taille = params?.lookup(PDFName.of('Size'));
  if (taille instanceof PDFNumber && taille.asNumber() !== octets.length) {
    avertissements.push(
      `La taille déclarée de ${nom} (${taille.asNumber()} octets) ne correspond pas à son contenu.`,
    );
  }
  const somme = params?.lookup(PDFName.of('CheckSum'));
  if (somme instanceof PDFString || somme instanceof PDFHexString) {
    // The standard wants the 16 raw bytes; some producers write the 32 hex digits as text.
    const brut = Buffer.from(somme.asBytes());
    const texteHex = brut.toString('latin1');
    const attendue = /^[0-9a-f]{32}$/i.test(texteHex) ? texteHex.toLowerCase() : brut.toString('hex');
    if (attendue !== createHash('md5').update(octets).digest('hex')) {
      avertissements.push(`La somme de contrôle de ${nom} ne correspond pas à son contenu.`);
    }
  }
  return avertissements;
}

/**
 * Opens a PDF with pdf-lib and returns its invoice XML (found by name in the names tree or
 * the /AF array, never by position), its attachments and its Factur-X XMP declaration.
 */
export async function extrairePdf(octets: Uint8Array, limites: Limites): Promise<ContenuPdf> {
  const doc = await chargerPdf(octets, limites);
  const specs = specifications(doc);
  const avertissements: string[] = [];
  const candidats = specs
    .filter((spec) => (NOMS_XML_FACTURE as readonly string[]).includes(spec.nom.toLowerCase()))
    .sort(
      (a, b) =>
        NOMS_XML_FACTURE.indexOf(a.nom.toLowerCase() as (typeof NOMS_XML_FACTURE)[number]) -
        NOMS_XML_FACTURE.indexOf(b.nom.toLowerCase() as (typeof NOMS_XML_FACTURE)[number]),
    );

  let xmlFacture: XmlEmbarque | null = null;
  for (const spec of candidats) {
    const flux = spec.dict.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    const contenu = decoderFlux(flux, limites.tailleMaxXml, `La pièce jointe ${spec.nom}`);
    if (xmlFacture === null) {
      xmlFacture = { nom: spec.nom, relation: spec.relation, octets: contenu };
      avertissements.push(...controlerIntegrite(flux, contenu, spec.nom));
    } else if (Buffer.compare(xmlFacture.octets, contenu) !== 0) {
      throw new EchecLecture(
        CODES_ERREUR.FACTURES_MULTIPLES,
        `Le PDF contient plusieurs XML de facture différents (${xmlFacture.nom}, ${spec.nom}) : impossible de savoir lequel fait foi.`,
      );
    }
  }

  let xmp: Xmp | null = null;
  const metadonnees = doc.catalog.lookup(PDFName.of('Metadata'));
  try {
    if (metadonnees !== undefined)
      xmp = lireXmp(decoderFlux(metadonnees, limites.tailleMaxXml, 'Les métadonnées XMP'));
  } catch {
    // The XMP is only a hint next to the XML: an unreadable packet is reported, not fatal.
    avertissements.push('Les métadonnées XMP du PDF sont illisibles.');
  }
  return {
    piecesJointes: specs.map(({ nom, relation }) => ({ nom, relation })),
    xmlFacture,
    commande: specs.some((spec) => spec.nom.toLowerCase() === NOM_ORDER_X),
    xmp,
    avertissements,
  };
}
