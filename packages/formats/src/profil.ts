/** Factur-X / ZUGFeRD profiles and the other EN 16931 specifications seen in the wild. */
export const PROFILS = [
  'MINIMUM',
  'BASIC WL',
  'BASIC',
  'EN 16931',
  'EXTENDED',
  'EXTENDED-CTC-FR',
  'XRECHNUNG',
  'PEPPOL BIS 3.0',
] as const;

export type Profil = (typeof PROFILS)[number];

// Last URN segment → profile; "comfort" is ZUGFeRD 1.0's name for the EN 16931 level.
const PAR_SEGMENT: Readonly<Record<string, Profil>> = {
  minimum: 'MINIMUM',
  basicwl: 'BASIC WL',
  basic: 'BASIC',
  comfort: 'EN 16931',
  extended: 'EXTENDED',
};

/**
 * Profile from the specification identifier (BT-24): exact family markers first, then the
 * last URN segment, so pre-release variants with colons and version bumps still match.
 * `null` when the identifier is absent or unknown.
 */
export function profilDepuisSpecification(specification: string | null): Profil | null {
  if (specification === null) return null;
  const urn = specification.trim().toLowerCase();
  if (urn.includes('xrechnung')) return 'XRECHNUNG';
  if (urn.includes('extended-ctc-fr')) return 'EXTENDED-CTC-FR';
  if (urn.includes('peppol.eu:2017:poacc:billing')) return 'PEPPOL BIS 3.0';
  const dernier = urn.split(/[#:]/).pop() ?? '';
  const parSegment = PAR_SEGMENT[dernier];
  if (parSegment !== undefined) return parSegment;
  return urn.startsWith('urn:cen.eu:en16931:2017') ? 'EN 16931' : null;
}

/** Profile named by the XMP `ConformanceLevel` of a Factur-X / ZUGFeRD PDF. */
export function profilDepuisConformanceXmp(niveau: string | null): Profil | null {
  if (niveau === null) return null;
  const normalise = niveau.trim().toUpperCase().replace(/\s+/g, ' ');
  if (normalise === 'EN 16931' || normalise === 'COMFORT') return 'EN 16931';
  return PROFILS.find((profil) => profil === normalise) ?? null;
}

/** Profiles without invoice lines, on which line and breakdown-sum rules are not run. */
export function profilSansLignes(profil: Profil | null): boolean {
  return profil === 'MINIMUM' || profil === 'BASIC WL';
}
