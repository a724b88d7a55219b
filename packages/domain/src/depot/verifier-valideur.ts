import { trouverCadreFacturation } from './cadres-facturation.ts';
import type { ProblemeDepot } from './probleme-depot.ts';

/** The valideur named on an A9 / A12 invoice, as the referential knows it. */
export interface ContexteValideur {
  /** Short code of the invoice's cadre (A1…). */
  cadre: string;
  /** The identifier entered (null when none) and the structure found for it (null when none). */
  identifiant: string | null;
  structure: { id: number; estActive: boolean } | null;
  /** The service code entered (optional) and whether the structure has it, active. */
  codeService: string | null;
  service: { estActif: boolean } | null;
  /** The supplier: a subcontractor cannot validate his own invoice. */
  fournisseurId: number;
}

const CHAMP = 'valideur.identifiant';

/**
 * The valideur checks of a deposit: an A9 (subcontractor) or A12 (cotraitant) invoice must name
 * an active structure (private or public) other than the supplier, which validates it before it
 * is routed; its service, when given, must exist and be active. Other cadres have no valideur.
 */
export function verifierValideur(c: ContexteValideur): ProblemeDepot[] {
  const avecValideur = trouverCadreFacturation(c.cadre)?.avecValideur ?? false;
  const identifiant = c.identifiant?.trim() ?? '';
  if (!avecValideur) {
    if (identifiant === '') return [];
    return [
      {
        code: 'VALIDEUR_NON_ATTENDU',
        champ: CHAMP,
        message:
          'Seules les factures de sous-traitant (A9) et de cotraitant (A12) désignent un valideur : retirez-le ou changez de cadre de facturation.',
      },
    ];
  }
  if (identifiant === '') {
    return [
      {
        code: 'VALIDEUR_OBLIGATOIRE',
        champ: CHAMP,
        message:
          'Indiquez l’identifiant (SIRET) du valideur : le titulaire du marché pour une facture de sous-traitant, le mandataire pour une facture de cotraitant.',
      },
    ];
  }
  if (c.structure === null) {
    return [
      {
        code: 'VALIDEUR_INCONNU',
        champ: CHAMP,
        message: `Aucune structure n’a l’identifiant « ${identifiant} » : vérifiez l’identifiant du valideur.`,
      },
    ];
  }
  if (!c.structure.estActive) {
    return [
      {
        code: 'VALIDEUR_INACTIF',
        champ: CHAMP,
        message:
          'La structure valideur n’est plus active sur Chorus Pro : elle ne peut pas valider la facture.',
      },
    ];
  }
  if (c.structure.id === c.fournisseurId) {
    return [
      {
        code: 'VALIDEUR_FOURNISSEUR',
        champ: CHAMP,
        message:
          'Le valideur ne peut pas être votre propre structure : indiquez le titulaire ou le mandataire.',
      },
    ];
  }
  const codeService = c.codeService?.trim() ?? '';
  if (codeService !== '' && (c.service === null || !c.service.estActif)) {
    return [
      {
        code: c.service === null ? 'SERVICE_VALIDEUR_INCONNU' : 'SERVICE_VALIDEUR_INACTIF',
        champ: 'valideur.codeService',
        message:
          c.service === null
            ? `Le valideur n’a pas de service « ${codeService} ».`
            : `Le service « ${codeService} » du valideur n’est plus actif.`,
      },
    ];
  }
  return [];
}
