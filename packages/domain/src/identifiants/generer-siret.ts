import { calculerCleLuhn } from './luhn.ts';
import { SIREN_LA_POSTE } from './siret.ts';

/**
 * Test helper: a random SIRET that passes the Luhn check, for factories and
 * fixtures. `random` behaves like `Math.random` (inject a seeded one for
 * reproducible data). Never yields La Poste's SIREN, whose key rule differs.
 */
export function genererSiret(random: () => number = Math.random): string {
  for (;;) {
    let prefixe = '';
    for (let i = 0; i < 13; i++) prefixe += Math.min(9, Math.floor(random() * 10)).toString();
    if (!prefixe.startsWith(SIREN_LA_POSTE)) return `${prefixe}${calculerCleLuhn(prefixe)}`;
  }
}
