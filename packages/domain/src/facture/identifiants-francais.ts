import { cleLuhnValide } from '../identifiants/luhn.ts';
import { cleSiretValide } from '../identifiants/siret.ts';
import type { Identifiant, Partie } from './facture-normalisee.ts';

/** SIREN (9 digits) or SIRET (14 digits) checksum, with the La Poste exception for SIRETs. */
export function identifiantSireneValide(valeur: string): boolean {
  if (/^\d{14}$/.test(valeur)) return cleSiretValide(valeur);

  return /^\d{9}$/.test(valeur) && cleLuhnValide(valeur);
}

/**
 * SIRET and SIREN of a party. Scheme 0002 holds a SIRET (14 digits, Chorus-era files) or a
 * SIREN (9 digits, 2026 reform); 0009 holds a SIRET. The legal id (BT-30/47) comes first.
 */
export function siretEtSiren(partie: Partie): { siret: string | null; siren: string | null } {
  const candidats: Identifiant[] = [
    ...(partie.identifiantLegal === null ? [] : [partie.identifiantLegal]),
    ...partie.identifiants,
  ];
  const siret = candidats.find(
    (id) => (id.schema === '0002' || id.schema === '0009') && /^\d{14}$/.test(id.valeur),
  );
  const legal = partie.identifiantLegal;
  const siren =
    legal !== null && legal.schema === '0002' && /^\d{9}$/.test(legal.valeur) ? legal.valeur : null;
  return { siret: siret?.valeur ?? null, siren };
}
