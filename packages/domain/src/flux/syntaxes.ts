/**
 * The flux syntaxes Choral integrates (syntaxeFlux of deposer/flux), with what each file must
 * contain: E1 is a structured invoice (UBL or CII), E2 a mixed one (Factur-X, or the XML of a
 * minimal invoice). `interface` is the reception interface code the compte rendu names;
 * `modeDepot` what the invoices of such a flux report (EDI, structured or mixed); `libelle` how
 * the portal names the syntax.
 */
export const SYNTAXES_FLUX = {
  IN_DP_E1_UBL_INVOICE: {
    format: 'ubl',
    interface: 'FSO1100A',
    modeDepot: 'EDI_XML_STRUCT',
    libelle: 'Flux structuré (E1) — UBL Invoice',
  },
  IN_DP_E1_CII_16B: {
    format: 'cii',
    interface: 'FSO1106A',
    modeDepot: 'EDI_XML_STRUCT',
    libelle: 'Flux structuré (E1) — CII 16B',
  },
  IN_DP_E1_CII: {
    format: 'cii',
    interface: 'FSO1106A',
    modeDepot: 'EDI_XML_STRUCT',
    libelle: 'Flux structuré (E1) — CII',
  },
  IN_DP_E2_UBL_INVOICE_MIN: {
    format: 'ubl',
    interface: 'FSO1111A',
    modeDepot: 'EDI_MIXTE',
    libelle: 'Flux mixte (E2) — UBL Invoice minimal',
  },
  IN_DP_E2_CII_MIN_16B: {
    format: 'cii',
    interface: 'FSO1110A',
    modeDepot: 'EDI_MIXTE',
    libelle: 'Flux mixte (E2) — CII 16B minimal',
  },
  IN_DP_E2_CII_FACTURX: {
    format: 'factur-x',
    interface: 'FSO1110A',
    modeDepot: 'EDI_MIXTE',
    libelle: 'Flux mixte (E2) — Factur-X (PDF)',
  },
} as const satisfies Record<
  string,
  { format: FormatFlux; interface: string; modeDepot: string; libelle: string }
>;

export type SyntaxeFlux = keyof typeof SYNTAXES_FLUX;
/** The invoice formats a flux may carry, as the formats library names its readings. */
export type FormatFlux = 'ubl' | 'cii' | 'factur-x';

export function estSyntaxeFlux(valeur: string): valeur is SyntaxeFlux {
  return Object.hasOwn(SYNTAXES_FLUX, valeur);
}

/** The portal's name of a stored syntax (the code itself for one Choral does not know). */
export function libelleSyntaxeFlux(syntaxe: string): string {
  return estSyntaxeFlux(syntaxe) ? SYNTAXES_FLUX[syntaxe].libelle : syntaxe;
}

/** The format the reader detected (`ubl-invoice`, `ubl-creditnote`, `cii`, `factur-x`…) is the one the syntax announces. */
export function formatConforme(syntaxe: SyntaxeFlux, formatLu: string): boolean {
  const attendu = SYNTAXES_FLUX[syntaxe].format;
  if (attendu === 'ubl') return formatLu.startsWith('ubl');
  if (attendu === 'factur-x') return formatLu === 'factur-x';

  return formatLu === 'cii';
}

/** How the real platform names each format in its messages. */
export const LIBELLE_FORMAT_FLUX: Readonly<Record<FormatFlux, string>> = {
  ubl: 'une facture UBL (XML)',
  cii: 'une facture CII (XML)',
  'factur-x': 'un PDF Factur-X',
};

/**
 * BT-24 of an invoice received in a flux: connectors writing for Chorus Pro often leave it out
 * (the declared syntax already says which standard the file follows), and the platform takes
 * the flux's syntax for it. Its own value, when present, is kept and checked as any other.
 */
export const SPECIFICATION_FLUX = 'urn:cen.eu:en16931:2017';
