import { Decimal } from 'decimal.js';
import type { ValeurManifeste, ValeursManifeste } from './valeurs-manifeste.ts';

type Valeur = ValeurManifeste | ValeursManifeste | ValeursManifeste[] | undefined;

export interface Comparaison {
  /** Values the manifest expects (leaves, plus one per list for its length). */
  attendus: number;
  concordants: number;
  /** One French line per mismatch: where, expected, obtained. */
  ecarts: string[];
}

function egal(attendu: ValeurManifeste, obtenu: Valeur): boolean {
  if (typeof attendu === 'number') {
    if (typeof obtenu !== 'number' && typeof obtenu !== 'string') return false;
    try {
      // Manifest numbers hold the exact decimal of the XML text: compare as decimals.
      return new Decimal(String(attendu)).equals(new Decimal(obtenu));
    } catch {
      return false;
    }
  }
  return attendu === obtenu;
}

/**
 * Compares a reader's values with the manifest's `expected` block, key by key; keys absent
 * from the expected block are not checked (e.g. exemption fields of category S rows).
 */
export function comparerValeurs(attendu: ValeursManifeste, obtenu: ValeursManifeste | null): Comparaison {
  const resultat: Comparaison = { attendus: 0, concordants: 0, ecarts: [] };
  const noter = (chemin: string, ok: boolean, a: unknown, o: unknown): void => {
    resultat.attendus++;
    if (ok) resultat.concordants++;
    else resultat.ecarts.push(`${chemin} : attendu ${JSON.stringify(a)}, obtenu ${JSON.stringify(o)}`);
  };
  const visiter = (a: Valeur, o: Valeur, chemin: string): void => {
    if (Array.isArray(a)) {
      const liste = Array.isArray(o) ? o : [];
      noter(`${chemin}.length`, liste.length === a.length, a.length, Array.isArray(o) ? liste.length : o);
      a.forEach((element, i) => {
        visiter(element, liste[i], `${chemin}[${i}]`);
      });
    } else if (a !== null && typeof a === 'object') {
      // A missing object still counts each expected leaf, so totals do not depend on the reader.
      const objet = o !== null && typeof o === 'object' && !Array.isArray(o) ? o : {};
      for (const [cle, valeur] of Object.entries(a))
        visiter(valeur, objet[cle], chemin ? `${chemin}.${cle}` : cle);
    } else if (a !== undefined) {
      noter(chemin, egal(a, o), a, o ?? null);
    }
  };
  visiter(attendu, obtenu ?? undefined, '');
  return resultat;
}
