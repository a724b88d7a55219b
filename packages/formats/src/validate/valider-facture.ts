import type { FactureNormalisee } from '@choral/domain/facture';
import { type Constat, creerConstats } from './constat.ts';
import { creerContexte } from './contexte.ts';
import { verifierArithmetique } from './regles-arithmetique.ts';
import { verifierCodes } from './regles-codes.ts';
import { verifierObligatoires } from './regles-obligatoires.ts';
import { verifierTva } from './regles-tva.ts';

/**
 * Checks a normalized invoice against the EN 16931 rules that matter to a receiving portal:
 * mandatory content, arithmetic, VAT categories, code lists and French identifier keys.
 * Rules are relaxed for MINIMUM and BASIC WL (no lines). Never throws: every problem is a
 * `Constat` with its rule id, severity, French message and location; an empty list means valid.
 */
export function validerFacture(facture: FactureNormalisee): Constat[] {
  const constats = creerConstats();
  const contexte = creerContexte(facture, constats);
  verifierObligatoires(contexte);
  verifierArithmetique(contexte);
  verifierTva(contexte);
  verifierCodes(contexte);
  return constats.liste;
}
