import type { Partie } from '../facture/index.ts';
import { siretEtSiren } from '../facture/index.ts';
import type { ProblemeDepot } from './probleme-depot.ts';

/** The supplier structure as registered in the portal. */
export interface StructureFournisseur {
  typeIdentifiant: string;
  identifiant: string;
}

const compact = (valeur: string): string => valeur.replace(/\s/g, '');

function identifiantsDuDocument(vendeur: Partie): string[] {
  return [vendeur.identifiantLegal, ...vendeur.identifiants]
    .flatMap((id) => (id === null ? [] : [compact(id.valeur)]))
    .concat(vendeur.numeroTva === null ? [] : [compact(vendeur.numeroTva)]);
}

function correspond(structure: StructureFournisseur, vendeur: Partie): boolean {
  const identifiant = compact(structure.identifiant);
  if (structure.typeIdentifiant === 'SIRET') {
    // A 2026-style document may name the seller by SIREN only: the structure's first 9 digits.
    const { siret, siren } = siretEtSiren(vendeur);
    if (siret !== null) return siret === identifiant;
    if (siren !== null) return siren === identifiant.slice(0, 9);
  }
  return identifiantsDuDocument(vendeur).includes(identifiant);
}

/**
 * Checks that the seller of a deposited document is the user's structure: its SIRET (or, for
 * a SIREN-only document, its SIREN), or for other identifier types any seller identifier, must
 * equal the structure's. Returns the problem, or null when they match.
 */
export function verifierFournisseur(structure: StructureFournisseur, vendeur: Partie): ProblemeDepot | null {
  if (correspond(structure, vendeur)) return null;
  const lus = identifiantsDuDocument(vendeur);
  const duDocument = lus.length === 0 ? 'aucun identifiant' : `l’identifiant ${lus[0]}`;
  return {
    code: 'FOURNISSEUR_DIFFERENT',
    champ: 'fournisseur.identifiant',
    message: `Le vendeur du document porte ${duDocument}, et non celui de votre structure (${structure.identifiant}).`,
  };
}
