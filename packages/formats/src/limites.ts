/** Size limits applied before any parsing; override them per call. */
export interface Limites {
  /** Stand-alone XML, and the invoice XML once inflated out of a PDF (bytes). */
  tailleMaxXml: number;
  /** PDF file (bytes). */
  tailleMaxPdf: number;
  /**
   * A PDF's object and cross-reference streams together, once inflated (bytes): pdf-lib parses
   * them whole, so a small file must not inflate to gigabytes there.
   */
  tailleMaxStructurePdf: number;
}

export const LIMITES_PAR_DEFAUT: Limites = {
  tailleMaxXml: 20 * 1024 * 1024,
  tailleMaxPdf: 120 * 1024 * 1024,
  tailleMaxStructurePdf: 32 * 1024 * 1024,
};

/** Deepest XML nesting accepted; corpus files stay under 10 levels. */
export const PROFONDEUR_XML_MAX = 64;

/** Upper bound on name-tree nodes visited in a PDF, against cycles and bloated trees. */
export const NOEUDS_PDF_MAX = 1000;

export function limitesEffectives(limites: Partial<Limites> | undefined): Limites {
  return { ...LIMITES_PAR_DEFAUT, ...limites };
}

/** Human-readable size for French messages ("20 Mo"). */
export function tailleLisible(octets: number): string {
  const mo = octets / (1024 * 1024);
  return mo >= 1 ? `${Number(mo.toFixed(1))} Mo` : `${Math.ceil(octets / 1024)} Ko`;
}
