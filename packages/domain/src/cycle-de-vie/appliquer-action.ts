import { type ActeurFacture, LIBELLES_ACTEUR_FACTURE } from './acteurs.ts';
import { ACTIONS_FACTURE, type ActionFacture, type DonneeAction, LISTE_ACTIONS_FACTURE } from './actions.ts';
import { LIBELLES_STATUT_FACTURE, type StatutFacture } from './statuts.ts';
import { trouverMotifRefusValidation } from './validation.ts';

/** Chorus Pro stores at most 255 characters of motif (clients truncate to that). */
export const LONGUEUR_MAXIMALE_MOTIF = 255;

/** What may accompany an action: the motif sent to the other party, and action-specific data. */
export interface DonneesAction {
  motif?: string;
  /** Payment order number, required to mark the invoice MANDATEE (`numeroDPMandat`). */
  numeroMandat?: string;
  /** Coded refusal motif of a valideur (MOTIFS_REFUS_VALIDATION), required to refuse. */
  codeMotifRefus?: string;
}

export type CodeRefusAction =
  | 'TRANSITION_INTERDITE'
  | 'MOTIF_OBLIGATOIRE'
  | 'MOTIF_TROP_LONG'
  | 'NUMERO_MANDAT_OBLIGATOIRE'
  | 'MOTIF_REFUS_OBLIGATOIRE'
  | 'MOTIF_REFUS_INCONNU';

export type ResultatAction =
  | { ok: true; statut: StatutFacture }
  | { ok: false; code: CodeRefusAction; message: string };

const DONNEES_MANQUANTES: Readonly<Record<DonneeAction, { code: CodeRefusAction; message: string }>> = {
  numeroMandat: { code: 'NUMERO_MANDAT_OBLIGATOIRE', message: 'Le numéro de mandat est obligatoire.' },
  codeMotifRefus: {
    code: 'MOTIF_REFUS_OBLIGATOIRE',
    message: 'Choisissez le motif du refus dans la liste.',
  },
};

function renseigne(valeur: string | undefined): boolean {
  return (valeur ?? '').trim() !== '';
}

/** True when `acteur` may perform `action` on an invoice in `statut`. */
function estPermise(statut: StatutFacture, action: ActionFacture, acteur: ActeurFacture): boolean {
  const definition = ACTIONS_FACTURE[action];
  return definition.acteurs.includes(acteur) && definition.depuis.includes(statut);
}

/** The actions `acteur` may perform on an invoice in `statut`, in lifecycle order. */
export function actionsPossibles(statut: StatutFacture, acteur: ActeurFacture): ActionFacture[] {
  return LISTE_ACTIONS_FACTURE.filter((action) => estPermise(statut, action, acteur));
}

function refusTransition(
  statut: StatutFacture,
  action: ActionFacture,
  acteur: ActeurFacture,
): ResultatAction {
  const definition = ACTIONS_FACTURE[action];
  const message = definition.acteurs.includes(acteur)
    ? `L’action « ${definition.libelle} » est impossible sur une facture au statut « ${LIBELLES_STATUT_FACTURE[statut]} ».`
    : `L’action « ${definition.libelle} » ne peut être effectuée que par ${definition.acteurs.map((a) => LIBELLES_ACTEUR_FACTURE[a]).join(' ou ')}.`;
  return { ok: false, code: 'TRANSITION_INTERDITE', message };
}

/**
 * Applies an action to an invoice status and returns the new status, or why
 * it is refused: the move is not in the lifecycle table for this actor
 * (TRANSITION_INTERDITE), the motif is missing or too long, or required data
 * (numéro de mandat, coded refusal motif) is missing or unknown.
 */
export function appliquerAction(
  statut: StatutFacture,
  action: ActionFacture,
  acteur: ActeurFacture,
  donnees: DonneesAction = {},
): ResultatAction {
  if (!estPermise(statut, action, acteur)) return refusTransition(statut, action, acteur);
  const definition = ACTIONS_FACTURE[action];
  if (definition.motif === 'OBLIGATOIRE' && !renseigne(donnees.motif)) {
    return {
      ok: false,
      code: 'MOTIF_OBLIGATOIRE',
      message: `Un motif est obligatoire pour l’action « ${definition.libelle} ».`,
    };
  }
  if ((donnees.motif?.trim().length ?? 0) > LONGUEUR_MAXIMALE_MOTIF) {
    return {
      ok: false,
      code: 'MOTIF_TROP_LONG',
      message: `Le motif ne doit pas dépasser ${LONGUEUR_MAXIMALE_MOTIF} caractères.`,
    };
  }
  const manquante = definition.donneesRequises.find((donnee) => !renseigne(donnees[donnee]));
  if (manquante !== undefined) return { ok: false, ...DONNEES_MANQUANTES[manquante] };
  const codeMotifRefus = donnees.codeMotifRefus?.trim();
  if (
    definition.donneesRequises.includes('codeMotifRefus') &&
    !trouverMotifRefusValidation(codeMotifRefus ?? '')
  ) {
    return {
      ok: false,
      code: 'MOTIF_REFUS_INCONNU',
      message: `Motif de refus inconnu « ${codeMotifRefus} » : choisissez-en un dans la liste.`,
    };
  }
  return { ok: true, statut: definition.cible };
}
