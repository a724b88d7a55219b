import type { ActeurFacture } from './acteurs.ts';
import type { StatutFacture } from './statuts.ts';

/**
 * Who the invoice is waiting for in a given status, which decides whose work
 * list (Synthèse) shows it; null once its life is over. The optional
 * accounting statuses still wait for the recipient: payment closes the cycle.
 */
export function acteurAttendu(statut: StatutFacture): ActeurFacture | null {
  switch (statut) {
    case 'BROUILLON':
    case 'ERREUR_FOURNISSEUR_SUR_VALIDEUR':
    case 'A_RECYCLER':
    case 'SUSPENDUE':
    case 'REJETEE':
      return 'FOURNISSEUR';
    case 'A_VALIDER_1':
      return 'VALIDEUR';
    case 'VALIDEE_1':
    case 'ABSENCE_VALIDATION_1_HORS_DELAI':
    case 'DEPOSEE':
    case 'EN_COURS_ACHEMINEMENT':
      return 'PLATEFORME';
    case 'MISE_A_DISPOSITION':
    case 'PRISE_EN_COMPTE_DESTINATAIRE':
    case 'COMPLETEE':
    case 'SERVICE_FAIT':
    case 'MANDATEE':
    case 'MISE_A_DISPOSITION_COMPTABLE':
    case 'COMPTABILISEE':
      return 'DESTINATAIRE';
    case 'MISE_EN_PAIEMENT':
    case 'REFUSEE_1':
    case 'ABANDONNEE':
    case 'SUPPRIMEE':
      return null;
    default: {
      const inattendu: never = statut;
      throw new Error(`Statut de facture inconnu : ${String(inattendu)}`);
    }
  }
}
