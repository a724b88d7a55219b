import { Navigate, useLocation, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { BrouillonDepot } from '../../features/factures/components/brouillon-depot';
import { FactureChargee } from '../../features/factures/components/facture-chargee';
import { SaisieFacture } from '../../features/factures/components/saisie-facture';
import { NotFoundPage } from './not-found';

/** A draft resumed: the deposit wizard or the manual entry form, as it was created. */
export function BrouillonPage() {
  const id = Number(useParams().id);
  const { state } = useLocation();
  const confirmation = (state as { confirmation?: string } | null)?.confirmation ?? null;
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return (
    <FactureChargee key={id} id={id}>
      {(facture) =>
        !facture.actions.modifier ? (
          // Sent meanwhile: nothing to edit any more.
          <Navigate replace to={paths.factureEmise.href(facture.id)} />
        ) : facture.mode === 'DEPOT' ? (
          <BrouillonDepot facture={facture} confirmation={confirmation} />
        ) : (
          <SaisieFacture facture={facture} fournisseur={facture.fournisseur} confirmation={confirmation} />
        )
      }
    </FactureChargee>
  );
}
