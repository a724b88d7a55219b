import { useParams } from 'react-router';
import { ApprobationDetail } from '../../features/approbations/components/approbation-detail';
import { NotFoundPage } from './not-found';

export function ApprobationPage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <ApprobationDetail key={id} id={id} />;
}
