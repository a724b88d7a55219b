import { CODES_ERREUR, EchecLecture, type ErreurLecture, versErreurLecture } from './erreurs.ts';
import { NS } from './espaces-noms.ts';
import { type Limites, limitesEffectives, tailleLisible } from './limites.ts';
import { specificationCii } from './parse-cii.ts';
import { specificationUbl } from './parse-ubl.ts';
import { extrairePdf, type PieceJointe } from './pdf/extract-pdf-xml.ts';
import type { Xmp } from './pdf/lire-xmp.ts';
import { type Profil, profilDepuisConformanceXmp, profilDepuisSpecification } from './profil.ts';
import { analyserXml, type NoeudXml } from './xml/arbre-xml.ts';
import { decoderTexteXml } from './xml/decoder-texte.ts';

/** What a deposited file is, decided from its bytes only. */
export type Format = 'pdf-simple' | 'factur-x' | 'cii' | 'ubl-invoice' | 'ubl-creditnote' | 'zugferd-1';

/** XML vocabulary of the invoice (stand-alone or embedded in a PDF). */
export type SyntaxeXml = 'cii' | 'ubl-invoice' | 'ubl-creditnote' | 'zugferd-1';

export interface InfosPdf {
  /** Every attachment declared in the PDF. */
  piecesJointes: PieceJointe[];
  /** Name of the invoice XML attachment, `null` for a plain PDF. */
  fichierXml: string | null;
  /** Its AFRelationship (Data, Source, Alternative...). */
  relation: string | null;
  xmp: Xmp | null;
}

export interface Detection {
  format: Format;
  syntaxe: SyntaxeXml | null;
  /** From BT-24 (the XMP only as a fallback when BT-24 is unknown). */
  profil: Profil | null;
  /** BT-24 as written. */
  specification: string | null;
  pdf: InfosPdf | null;
  /** Non-blocking remarks in French (XMP disagreeing with the XML, checksum mismatch...). */
  avertissements: string[];
}

export interface OptionsLecture {
  limites?: Partial<Limites>;
}

export type ResultatDetection = { ok: true; detection: Detection } | { ok: false; erreur: ErreurLecture };

/** A detection together with the parsed invoice XML, for the reading step. */
export interface Analyse {
  detection: Detection;
  racine: NoeudXml | null;
  xml: string | null;
}

const NON_RECONNU =
  "Format non reconnu : le fichier n'est ni un PDF ni un XML de facture (Factur-X, CII, UBL).";

function estPdf(octets: Uint8Array): boolean {
  // PDF readers accept up to about 1 KB of junk before the header.
  return Buffer.from(octets.buffer, octets.byteOffset, Math.min(octets.length, 1024)).includes('%PDF-');
}

function ressembleAXml(octets: Uint8Array): boolean {
  let i = octets[0] === 0xef && octets[1] === 0xbb && octets[2] === 0xbf ? 3 : 0;
  if ((octets[0] === 0xff && octets[1] === 0xfe) || (octets[0] === 0xfe && octets[1] === 0xff)) return true;
  while (
    i < octets.length &&
    (octets[i] === 0x20 || octets[i] === 0x09 || octets[i] === 0x0a || octets[i] === 0x0d)
  ) {
    i++;
  }
  return octets[i] === 0x3c;
}

function syntaxeDe(racine: NoeudXml): SyntaxeXml {
  if (racine.ns === NS.rsm && racine.nom === 'CrossIndustryInvoice') return 'cii';
  if (racine.ns === NS.ublInvoice && racine.nom === 'Invoice') return 'ubl-invoice';
  if (racine.ns === NS.ublCreditNote && racine.nom === 'CreditNote') return 'ubl-creditnote';
  if (racine.ns === NS.zf1Rsm && racine.nom === 'CrossIndustryDocument') return 'zugferd-1';
  if (racine.ns === NS.orderX) {
    throw new EchecLecture(
      CODES_ERREUR.FORMAT_NON_RECONNU,
      'Format non reconnu : ce XML Order-X est une commande, pas une facture.',
    );
  }
  throw new EchecLecture(
    CODES_ERREUR.FORMAT_NON_RECONNU,
    `Format non reconnu : XML dont la racine « ${racine.nom} » (${racine.ns ?? 'sans espace de noms'}) n'est ni CII ni UBL.`,
  );
}

function lireXml(
  octets: Uint8Array,
  limites: Limites,
): { racine: NoeudXml; xml: string; syntaxe: SyntaxeXml } {
  if (octets.length > limites.tailleMaxXml) {
    throw new EchecLecture(
      CODES_ERREUR.FICHIER_TROP_VOLUMINEUX,
      `Le XML dépasse la taille maximale autorisée (${tailleLisible(limites.tailleMaxXml)}).`,
    );
  }
  const xml = decoderTexteXml(octets);
  const racine = analyserXml(xml);
  return { racine, xml, syntaxe: syntaxeDe(racine) };
}

function specificationDe(racine: NoeudXml, syntaxe: SyntaxeXml): string | null {
  return syntaxe === 'cii' || syntaxe === 'zugferd-1' ? specificationCii(racine) : specificationUbl(racine);
}

async function analyserPdf(octets: Uint8Array, limites: Limites): Promise<Analyse> {
  if (octets.length > limites.tailleMaxPdf) {
    throw new EchecLecture(
      CODES_ERREUR.FICHIER_TROP_VOLUMINEUX,
      `Le PDF dépasse la taille maximale autorisée (${tailleLisible(limites.tailleMaxPdf)}).`,
    );
  }
  const contenu = await extrairePdf(octets, limites);
  const profilXmp = profilDepuisConformanceXmp(contenu.xmp?.niveauConformite ?? null);
  const avertissements = [...contenu.avertissements];
  const pdf: InfosPdf = {
    piecesJointes: contenu.piecesJointes,
    fichierXml: contenu.xmlFacture?.nom ?? null,
    relation: contenu.xmlFacture?.relation ?? null,
    xmp: contenu.xmp,
  };
  if (contenu.xmlFacture === null) {
    if (contenu.commande) {
      throw new EchecLecture(
        CODES_ERREUR.FORMAT_NON_RECONNU,
        'Format non reconnu : ce PDF Order-X porte une commande, pas une facture.',
      );
    }
    if (contenu.xmp?.niveauConformite) {
      avertissements.push(
        'Le PDF se déclare Factur-X dans ses métadonnées XMP mais ne contient aucun XML de facture.',
      );
    }
    return {
      detection: {
        format: 'pdf-simple',
        syntaxe: null,
        profil: null,
        specification: null,
        pdf,
        avertissements,
      },
      racine: null,
      xml: null,
    };
  }
  const { racine, xml, syntaxe } = lireXml(contenu.xmlFacture.octets, limites);
  const specification = specificationDe(racine, syntaxe);
  const profilXml = profilDepuisSpecification(specification);
  if (profilXml !== null && profilXmp !== null && profilXml !== profilXmp) {
    avertissements.push(
      `Le profil déclaré dans les métadonnées XMP (${profilXmp}) diffère de celui du XML (${profilXml}) : le XML fait foi.`,
    );
  }
  return {
    detection: {
      format: 'factur-x',
      syntaxe,
      profil: profilXml ?? profilXmp,
      specification,
      pdf,
      avertissements,
    },
    racine,
    xml,
  };
}

/** Detection plus the parsed XML; throws `EchecLecture` (callers convert it). */
export async function analyserFichier(octets: Uint8Array, options: OptionsLecture = {}): Promise<Analyse> {
  const limites = limitesEffectives(options.limites);
  if (octets.length === 0) throw new EchecLecture(CODES_ERREUR.FICHIER_VIDE, 'Le fichier est vide.');
  if (estPdf(octets)) return analyserPdf(octets, limites);
  if (!ressembleAXml(octets)) throw new EchecLecture(CODES_ERREUR.FORMAT_NON_RECONNU, NON_RECONNU);
  const { racine, xml, syntaxe } = lireXml(octets, limites);
  const specification = specificationDe(racine, syntaxe);
  return {
    detection: {
      format: syntaxe,
      syntaxe,
      profil: profilDepuisSpecification(specification),
      specification,
      pdf: null,
      avertissements: [],
    },
    racine,
    xml,
  };
}

/**
 * Tells what a deposited file is from its content, never its name: plain PDF, Factur-X /
 * ZUGFeRD PDF (with the embedded XML's name and profile), CII, UBL Invoice or UBL
 * CreditNote. Anything else, or a hostile or damaged file, gives a typed French error.
 */
export async function detecterFormat(
  octets: Uint8Array,
  options: OptionsLecture = {},
): Promise<ResultatDetection> {
  try {
    return { ok: true, detection: (await analyserFichier(octets, options)).detection };
  } catch (erreur) {
    return { ok: false, erreur: versErreurLecture(erreur) };
  }
}
