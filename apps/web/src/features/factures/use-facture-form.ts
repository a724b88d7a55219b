import { type DonneesFacture, DonneesFactureSchema } from '@choral/contracts';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useForm } from '../../components/form/use-form';
import { paths } from '../../config/paths';
import { creerBrouillon, enregistrerBrouillon, envoyerFacture, type FactureLue } from './api';
import { donneesDe, labelsDe, type Mode, type Valeurs, valeursDe } from './valeurs-formulaire';

type Options = {
  /** The draft to resume; null for a new manual entry (created at its first save). */
  facture: FactureLue | null;
  mode: Mode;
  fournisseur: { id: number; identifiant: string };
};

/**
 * The invoice form of « Déposer » (step 2) and « Saisir »: the contract's schema checks the values
 * as they are typed; « Enregistrer » keeps the draft, « Valider et envoyer » saves it then sends it
 * and opens the confirmation; the server's refusals are shown next to their fields.
 */
export function useFactureForm({ facture: initiale, mode, fournisseur }: Options) {
  const navigate = useNavigate();
  const [facture, setFacture] = useState(initiale);
  const [message, setMessage] = useState<string | null>(null);
  const prepare = useCallback((valeurs: Valeurs) => donneesDe(valeurs, mode), [mode]);
  const labels = useCallback((valeurs: Valeurs) => labelsDe(valeurs, mode), [mode]);

  async function sauver(donnees: DonneesFacture): Promise<FactureLue> {
    setMessage(null);
    const enregistree = facture
      ? await enregistrerBrouillon(facture.id, donnees)
      : await creerBrouillon(fournisseur.id, donnees);
    setFacture(enregistree);
    return enregistree;
  }

  const form = useForm({
    initial: valeursDe(initiale, fournisseur.identifiant),
    schema: DonneesFactureSchema,
    prepare,
    labels,
    onSubmit: async (donnees) => {
      const enregistree = await sauver(donnees);
      // The server's figures (line amounts, normalized values) from now on.
      form.reset(valeursDe(enregistree, fournisseur.identifiant));
      setMessage(
        initiale
          ? 'Le brouillon a été enregistré.'
          : 'Le brouillon a été enregistré : vous pourrez le reprendre depuis « Factures émises ».',
      );
    },
  });

  return {
    form,
    facture,
    /** After an attachment is added or removed. */
    setFacture,
    message,
    /** Saves the draft then runs `suite` (next step); false when the form or the server refused. */
    enregistrerPuis: (suite: (facture: FactureLue) => void) =>
      form.submit(async (donnees) => suite(await sauver(donnees))),
    envoyer: () =>
      form.submit(async (donnees) => {
        const enregistree = await sauver(donnees);
        await envoyerFacture(enregistree.id);
        await navigate(paths.confirmationDepot.href(enregistree.id));
      }),
  };
}

export type FactureForm = ReturnType<typeof useFactureForm>['form'];
