/** What the XMP packet of a PDF says about Factur-X / ZUGFeRD and PDF/A. */
export interface Xmp {
  /** Namespace of the Factur-X / ZUGFeRD description (tells the generation apart). */
  espaceNoms: string | null;
  typeDocument: string | null;
  nomFichier: string | null;
  version: string | null;
  niveauConformite: string | null;
  pdfaPartie: string | null;
  pdfaConformite: string | null;
}

const ESPACES_FACTURX = [
  'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#',
  'urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#',
  'urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#',
];

function echapperRegex(texte: string): string {
  return texte.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A property written either as an element or as an attribute. */
function propriete(xmp: string, prefixe: string, nom: string): string | null {
  const qualifie = `${echapperRegex(prefixe)}:${nom}`;
  const element = new RegExp(`<${qualifie}>\\s*([^<]*?)\\s*</`).exec(xmp)?.[1];
  const attribut = new RegExp(`\\s${qualifie}\\s*=\\s*["']([^"']*)["']`).exec(xmp)?.[1];
  const valeur = (element ?? attribut)?.trim();
  return valeur ? valeur : null;
}

/**
 * Reads the XMP packet with targeted patterns rather than an XML parser: the packet is only a
 * hint (the invoice XML is authoritative) and must never make a readable invoice fail.
 */
export function lireXmp(octets: Uint8Array): Xmp {
  const xmp = new TextDecoder('utf-8').decode(octets);
  // The prefix bound to a Factur-X namespace, skipping the PDF/A extension schema that quotes it.
  let espaceNoms: string | null = null;
  let prefixe: string | null = null;
  for (const espace of ESPACES_FACTURX) {
    const liaison = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${echapperRegex(espace)}["']`).exec(xmp);
    if (liaison?.[1] !== undefined) {
      espaceNoms = espace;
      prefixe = liaison[1];
      break;
    }
  }
  const lire = (nom: string): string | null => (prefixe === null ? null : propriete(xmp, prefixe, nom));
  return {
    espaceNoms,
    typeDocument: lire('DocumentType'),
    nomFichier: lire('DocumentFileName'),
    version: lire('Version'),
    niveauConformite: lire('ConformanceLevel'),
    pdfaPartie: propriete(xmp, 'pdfaid', 'part'),
    pdfaConformite: propriete(xmp, 'pdfaid', 'conformance'),
  };
}
