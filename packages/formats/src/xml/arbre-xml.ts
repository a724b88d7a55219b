import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CODES_ERREUR, EchecLecture } from '../erreurs.ts';
import { PROFONDEUR_XML_MAX } from '../limites.ts';
import { refuserDeclarationsDtd } from './garde-xml.ts';

/** An element with its namespace resolved from the `xmlns` declarations in scope. */
export interface NoeudXml {
  ns: string | null;
  nom: string;
  /** Attributes by local name, entity-decoded; namespace declarations excluded. */
  attributs: Readonly<Record<string, string>>;
  enfants: NoeudXml[];
  /** Direct text content, entity-decoded, untrimmed. */
  texte: string;
}

type Ordonne = Record<string, unknown>;

const ATTRIBUTS = ':@';
const TEXTE = '#text';
const CDATA = '#cdata';

// Entities stay encoded in the parser (processEntities: false) and are decoded here in one
// pass: only the five XML entities and character references exist without a DTD.
const ENTITES_XML: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decoderEntites(texte: string): string {
  if (!texte.includes('&')) return texte;
  return texte.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (entite, corps: string) => {
    if (!corps.startsWith('#')) return ENTITES_XML[corps] ?? entite;
    const point =
      corps[1] === 'x' ? Number.parseInt(corps.slice(2), 16) : Number.parseInt(corps.slice(1), 10);
    return point <= 0x10ffff ? String.fromCodePoint(point) : entite;
  });
}

const analyseur = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  maxNestedTags: PROFONDEUR_XML_MAX,
});

function texteCdata(valeur: unknown): string {
  return Array.isArray(valeur) ? valeur.map((partie: Ordonne) => String(partie[TEXTE] ?? '')).join('') : '';
}

function construire(
  nomQualifie: string,
  contenu: Ordonne[],
  attributsBruts: Ordonne,
  portee: ReadonlyMap<string, string>,
): NoeudXml {
  let espaces = portee;
  const attributs: Record<string, string> = {};
  for (const [nom, valeur] of Object.entries(attributsBruts)) {
    const texte = decoderEntites(String(valeur));
    if (nom === 'xmlns' || nom.startsWith('xmlns:')) {
      if (espaces === portee) espaces = new Map(portee);
      (espaces as Map<string, string>).set(nom === 'xmlns' ? '' : nom.slice(6), texte);
    } else {
      attributs[nom.slice(nom.indexOf(':') + 1)] = texte;
    }
  }
  const deuxPoints = nomQualifie.indexOf(':');
  const prefixe = deuxPoints === -1 ? '' : nomQualifie.slice(0, deuxPoints);
  const noeud: NoeudXml = {
    ns: espaces.get(prefixe) ?? null,
    nom: nomQualifie.slice(deuxPoints + 1),
    attributs,
    enfants: [],
    texte: '',
  };
  for (const element of contenu) {
    if (TEXTE in element) noeud.texte += decoderEntites(String(element[TEXTE]));
    else if (CDATA in element) noeud.texte += texteCdata(element[CDATA]);
    else {
      const nom = Object.keys(element).find((cle) => cle !== ATTRIBUTS);
      if (nom === undefined) continue;
      const enfant = construire(
        nom,
        element[nom] as Ordonne[],
        (element[ATTRIBUTS] as Ordonne) ?? {},
        espaces,
      );
      noeud.enfants.push(enfant);
    }
  }
  return noeud;
}

/**
 * Parses an XML text into a namespace-resolved tree. DOCTYPE/ENTITY are refused first,
 * malformed documents give a French error with the position, excessive nesting is refused.
 */
export function analyserXml(texte: string): NoeudXml {
  refuserDeclarationsDtd(texte);
  const verdict = XMLValidator.validate(texte);
  if (verdict !== true) {
    throw new EchecLecture(
      CODES_ERREUR.XML_MALFORME,
      `Le XML est mal formé ou tronqué (ligne ${verdict.err.line}, colonne ${verdict.err.col}).`,
    );
  }
  let documentOrdonne: Ordonne[];
  try {
    documentOrdonne = analyseur.parse(texte) as Ordonne[];
  } catch (erreur) {
    const message = erreur instanceof Error ? erreur.message : '';
    if (/nested tags/i.test(message) || /SECURITY/.test(message)) {
      throw new EchecLecture(
        CODES_ERREUR.XML_DANGEREUX,
        `Le XML est refusé : imbrication de plus de ${PROFONDEUR_XML_MAX} niveaux ou nom d'élément interdit.`,
      );
    }
    throw new EchecLecture(CODES_ERREUR.XML_MALFORME, 'Le XML est mal formé et ne peut pas être lu.');
  }
  for (const element of documentOrdonne) {
    const nom = Object.keys(element).find((cle) => cle !== ATTRIBUTS && cle !== TEXTE && cle !== CDATA);
    if (nom !== undefined) {
      return construire(nom, element[nom] as Ordonne[], (element[ATTRIBUTS] as Ordonne) ?? {}, new Map());
    }
  }
  throw new EchecLecture(CODES_ERREUR.XML_MALFORME, 'Le XML ne contient aucun élément racine.');
}
