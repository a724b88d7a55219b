import { useParams } from 'react-router';
import { ConfirmationDepot } from '../../features/factures/components/confirmation-depot';
import { FactureChargee } from '../../features/factures/components/facture-chargee';
import { NotFoundPage } from './not-found';

export function ConfirmationDepotPage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return (
    <FactureChargee key={id} id={id}>
      {(facture) => <ConfirmationDepot facture={facture} />}
    </FactureChargee>
  );
}
