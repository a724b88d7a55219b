import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { paths } from '../../../config/paths';
import { type FactureLue, supprimerBrouillon } from '../api';
import type { Valeurs } from '../valeurs-formulaire';

type BoutonEnvoyerProps = {
  valeurs: Valeurs;
  /** Saves and sends; resolves to false when refused (the form then shows why). */
  onEnvoyer: () => Promise<boolean>;
  /** After a refusal: the step holding the fields, for instance. */
  onRefus?: () => void;
};

/** « Valider et envoyer », after a confirmation: a sent invoice can no longer be changed. */
export function BoutonEnvoyer({ valeurs, onEnvoyer, onRefus }: BoutonEnvoyerProps) {
  const [confirmer, setConfirmer] = useState(false);
  const numero = valeurs['identification.numero'];
  return (
    <>
      <button type="button" className="button" onClick={() => setConfirmer(true)}>
        Valider et envoyer
      </button>
      <ConfirmDialog
        title="Valider et envoyer la facture ?"
        isOpen={confirmer}
        onOpenChange={setConfirmer}
        confirmLabel="Confirmer l’envoi"
        onConfirm={async () => {
          // Close first: the form's messages take the focus if the portal refuses the invoice.
          setConfirmer(false);
          if (!(await onEnvoyer())) onRefus?.();
        }}
      >
        <p>
          La facture {numero ? `n° ${numero} ` : ''}sera déposée après les contrôles du portail. Une fois
          envoyée, elle ne pourra plus être modifiée.
        </p>
      </ConfirmDialog>
    </>
  );
}

/** Deletes the draft (after a confirmation) and goes back to the list. */
export function SupprimerBrouillon({ facture }: { facture: FactureLue }) {
  const navigate = useNavigate();
  const [confirmer, setConfirmer] = useState(false);
  const nom = facture.identification.numero
    ? `le brouillon n° ${facture.identification.numero}`
    : 'ce brouillon';
  return (
    <>
      <button type="button" className="button button--danger-secondary" onClick={() => setConfirmer(true)}>
        Supprimer le brouillon
      </button>
      <ConfirmDialog
        title="Supprimer le brouillon ?"
        isOpen={confirmer}
        onOpenChange={setConfirmer}
        confirmLabel="Supprimer le brouillon"
        onConfirm={async () => {
          await supprimerBrouillon(facture.id);
          await navigate(paths.facturesEmises.href(facture.fournisseur.id), {
            state: { confirmation: `${nom.charAt(0).toUpperCase()}${nom.slice(1)} a été supprimé.` },
          });
        }}
      >
        <p>Vous allez supprimer {nom}, ses documents et ses pièces jointes. Cette action est définitive.</p>
      </ConfirmDialog>
    </>
  );
}
