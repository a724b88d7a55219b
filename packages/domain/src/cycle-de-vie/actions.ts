import type { ActeurFacture } from './acteurs.ts';
import type { StatutFacture } from './statuts.ts';

/** Whether an action's motif (the comment sent to the other party) must, should or may be given. */
export type ExigenceMotif = 'OBLIGATOIRE' | 'RECOMMANDE' | 'FACULTATIF';

/** Data an action cannot go without, besides the motif. */
export type DonneeAction = 'numeroMandat' | 'codeMotifRefus';

export interface DefinitionAction {
  libelle: string;
  acteurs: readonly ActeurFacture[];
  depuis: readonly StatutFacture[];
  cible: StatutFacture;
  motif: ExigenceMotif;
  donneesRequises: readonly DonneeAction[];
}

// Statuses in which the recipient has the invoice on his desk and may process it.
const A_TRAITER = ['MISE_A_DISPOSITION', 'COMPLETEE', 'PRISE_EN_COMPTE_DESTINATAIRE'] as const;
// Once the service is certified the invoice may still be suspended or rejected; once
// mandated it only moves forward, each optional step being skippable.
const APRES_SERVICE_FAIT = [...A_TRAITER, 'SERVICE_FAIT'] as const;
const APRES_MANDAT = [...APRES_SERVICE_FAIT, 'MANDATEE'] as const;
const APRES_MISE_A_DISPOSITION_COMPTABLE = [...APRES_MANDAT, 'MISE_A_DISPOSITION_COMPTABLE'] as const;

const DEFINITIONS_ACTIONS = {
  DEPOSER: {
    libelle: 'Déposer',
    acteurs: ['FOURNISSEUR'],
    depuis: ['BROUILLON'],
    cible: 'DEPOSEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  // A9 / A12: the invoice waits for its valideur (titulaire or mandataire) instead of being routed.
  SOUMETTRE_A_VALIDATION: {
    libelle: 'Déposer pour validation',
    acteurs: ['FOURNISSEUR'],
    depuis: ['BROUILLON'],
    cible: 'A_VALIDER_1',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  VALIDER: {
    libelle: 'Valider',
    acteurs: ['VALIDEUR'],
    depuis: ['A_VALIDER_1'],
    cible: 'VALIDEE_1',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  // Final for that invoice, as a rejection is: the supplier issues a new one with a new number.
  REFUSER_VALIDATION: {
    libelle: 'Refuser',
    acteurs: ['VALIDEUR'],
    depuis: ['A_VALIDER_1'],
    cible: 'REFUSEE_1',
    motif: 'FACULTATIF',
    donneesRequises: ['codeMotifRefus'],
  },
  // The structure named is not the invoice's valideur: the supplier names the right one.
  SIGNALER_ERREUR_VALIDEUR: {
    libelle: 'Signaler une erreur de valideur',
    acteurs: ['VALIDEUR'],
    depuis: ['A_VALIDER_1'],
    cible: 'ERREUR_FOURNISSEUR_SUR_VALIDEUR',
    motif: 'RECOMMANDE',
    donneesRequises: [],
  },
  CORRIGER_VALIDEUR: {
    libelle: 'Corriger le valideur',
    acteurs: ['FOURNISSEUR'],
    depuis: ['ERREUR_FOURNISSEUR_SUR_VALIDEUR'],
    cible: 'A_VALIDER_1',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  // Silence of the valideur past the delay (DELAI_VALIDATION_JOURS) is a validation.
  VALIDER_TACITEMENT: {
    libelle: 'Valider tacitement (délai de validation dépassé)',
    acteurs: ['PLATEFORME'],
    depuis: ['A_VALIDER_1'],
    cible: 'ABSENCE_VALIDATION_1_HORS_DELAI',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  // Once validated (expressly or tacitly) the invoice is deposited and routed like any other.
  TRANSMETTRE_APRES_VALIDATION: {
    libelle: 'Transmettre au destinataire après validation',
    acteurs: ['PLATEFORME'],
    depuis: ['VALIDEE_1', 'ABSENCE_VALIDATION_1_HORS_DELAI'],
    cible: 'DEPOSEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  SUPPRIMER: {
    libelle: 'Supprimer le brouillon',
    acteurs: ['FOURNISSEUR'],
    depuis: ['BROUILLON'],
    cible: 'SUPPRIMEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  ACHEMINER: {
    libelle: 'Acheminer',
    acteurs: ['PLATEFORME'],
    depuis: ['DEPOSEE'],
    cible: 'EN_COURS_ACHEMINEMENT',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  METTRE_A_DISPOSITION: {
    libelle: 'Mettre à disposition du destinataire',
    acteurs: ['PLATEFORME'],
    depuis: ['EN_COURS_ACHEMINEMENT'],
    cible: 'MISE_A_DISPOSITION',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  // Routing re-checks the recipient: one that became inactive (or whose service did) since the
  // deposit sends the invoice back to the supplier, who may recycle it to another recipient.
  REFUSER_ACHEMINEMENT: {
    libelle: 'Renvoyer au fournisseur (acheminement impossible)',
    acteurs: ['PLATEFORME'],
    depuis: ['EN_COURS_ACHEMINEMENT'],
    cible: 'A_RECYCLER',
    motif: 'OBLIGATOIRE',
    donneesRequises: [],
  },
  PRENDRE_EN_COMPTE: {
    libelle: 'Prendre en compte',
    acteurs: ['DESTINATAIRE'],
    depuis: ['MISE_A_DISPOSITION', 'COMPLETEE'],
    cible: 'PRISE_EN_COMPTE_DESTINATAIRE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  SUSPENDRE: {
    libelle: 'Suspendre',
    acteurs: ['DESTINATAIRE'],
    depuis: APRES_SERVICE_FAIT,
    cible: 'SUSPENDUE',
    motif: 'OBLIGATOIRE',
    donneesRequises: [],
  },
  COMPLETER: {
    libelle: 'Compléter',
    acteurs: ['FOURNISSEUR'],
    depuis: ['SUSPENDUE'],
    cible: 'COMPLETEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  REJETER: {
    libelle: 'Rejeter',
    acteurs: ['DESTINATAIRE'],
    depuis: APRES_SERVICE_FAIT,
    cible: 'REJETEE',
    motif: 'OBLIGATOIRE',
    donneesRequises: [],
  },
  // The supplier acknowledges the rejection; the invoice stays rejected and its number consumed.
  ACQUITTER_REJET: {
    libelle: 'Acquitter le rejet',
    acteurs: ['FOURNISSEUR'],
    depuis: ['REJETEE'],
    cible: 'REJETEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  DEMANDER_RECYCLAGE: {
    libelle: 'Mettre à recycler',
    acteurs: ['DESTINATAIRE'],
    depuis: A_TRAITER,
    cible: 'A_RECYCLER',
    motif: 'RECOMMANDE',
    donneesRequises: [],
  },
  // Same invoice and number, new routing (recipient, service, engagement): it is deposited again.
  RECYCLER: {
    libelle: 'Recycler',
    acteurs: ['FOURNISSEUR'],
    depuis: ['A_RECYCLER'],
    cible: 'DEPOSEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  ATTESTER_SERVICE_FAIT: {
    libelle: 'Attester le service fait',
    acteurs: ['DESTINATAIRE'],
    depuis: A_TRAITER,
    cible: 'SERVICE_FAIT',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  MANDATER: {
    libelle: 'Mandater',
    acteurs: ['DESTINATAIRE'],
    depuis: APRES_SERVICE_FAIT,
    cible: 'MANDATEE',
    motif: 'FACULTATIF',
    donneesRequises: ['numeroMandat'],
  },
  // Hélios sets this one by itself when it receives the mandat: the platform may too.
  METTRE_A_DISPOSITION_COMPTABLE: {
    libelle: 'Mettre à disposition du comptable',
    acteurs: ['DESTINATAIRE', 'PLATEFORME'],
    depuis: APRES_MANDAT,
    cible: 'MISE_A_DISPOSITION_COMPTABLE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  COMPTABILISER: {
    libelle: 'Comptabiliser',
    acteurs: ['DESTINATAIRE'],
    depuis: APRES_MISE_A_DISPOSITION_COMPTABLE,
    cible: 'COMPTABILISEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  // Hélios reports the payment by itself: the platform may set it too.
  METTRE_EN_PAIEMENT: {
    libelle: 'Mettre en paiement',
    acteurs: ['DESTINATAIRE', 'PLATEFORME'],
    depuis: [...APRES_MISE_A_DISPOSITION_COMPTABLE, 'COMPTABILISEE'],
    cible: 'MISE_EN_PAIEMENT',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
  // The supplier gives up an invoice sent back to him instead of fixing it.
  ABANDONNER: {
    libelle: 'Abandonner',
    acteurs: ['FOURNISSEUR'],
    depuis: ['A_RECYCLER', 'SUSPENDUE'],
    cible: 'ABANDONNEE',
    motif: 'FACULTATIF',
    donneesRequises: [],
  },
} as const satisfies Record<string, DefinitionAction>;

export type ActionFacture = keyof typeof DEFINITIONS_ACTIONS;

/**
 * The lifecycle of a simple invoice as data: for each action, who performs
 * it, from which statuses, the status it leads to and what it requires.
 * Forward-only on the processing chain; REJETEE, REFUSEE_1, MISE_EN_PAIEMENT,
 * ABANDONNEE and SUPPRIMEE are final.
 */
export const ACTIONS_FACTURE: Readonly<Record<ActionFacture, DefinitionAction>> = DEFINITIONS_ACTIONS;

/** Every action, in the order of the lifecycle. */
export const LISTE_ACTIONS_FACTURE = Object.keys(ACTIONS_FACTURE) as ActionFacture[];
