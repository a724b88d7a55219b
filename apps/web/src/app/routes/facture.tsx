import { useParams } from 'react-router';
import { FactureChargee } from '../../features/factures/components/facture-chargee';
import { FactureDetail } from '../../features/factures/components/facture-detail';
import { NotFoundPage } from './not-found';

export function FacturePage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return (
    <FactureChargee key={id} id={id}>
      {(facture) => <FactureDetail facture={facture} />}
    </FactureChargee>
  );
}
