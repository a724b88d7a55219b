import { CODES_ERREUR, EchecLecture } from '../erreurs.ts';

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

function commencePar(octets: Uint8Array, prefixe: readonly number[]): boolean {
  return prefixe.every((octet, i) => octets[i] === octet);
}

/** Encoding named in the XML declaration, read from its ASCII bytes. */
function encodageDeclare(octets: Uint8Array): string | null {
  const debut = new TextDecoder('latin1').decode(octets.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(debut)?.[1]?.toLowerCase() ?? null;
}

function decoder(octets: Uint8Array, encodage: string): string {
  let decodeur: InstanceType<typeof TextDecoder>;
  try {
    decodeur = new TextDecoder(encodage, { fatal: true });
  } catch {
    throw new EchecLecture(
      CODES_ERREUR.ENCODAGE_INVALIDE,
      `Encodage de caractères « ${encodage} » non pris en charge.`,
    );
  }
  try {
    return decodeur.decode(octets);
  } catch {
    throw new EchecLecture(
      CODES_ERREUR.ENCODAGE_INVALIDE,
      `Le fichier contient des octets invalides pour l'encodage ${encodage.toUpperCase()}.`,
    );
  }
}

/**
 * Text of an XML file: byte order marks honoured (UTF-8, UTF-16), otherwise the declared
 * encoding or UTF-8; invalid byte sequences are refused rather than replaced.
 */
export function decoderTexteXml(octets: Uint8Array): string {
  if (commencePar(octets, BOM_UTF8)) return decoder(octets.subarray(3), 'utf-8');
  if (commencePar(octets, [0xff, 0xfe])) return decoder(octets.subarray(2), 'utf-16le');
  if (commencePar(octets, [0xfe, 0xff])) return decoder(octets.subarray(2), 'utf-16be');
  return decoder(octets, encodageDeclare(octets) ?? 'utf-8');
}
