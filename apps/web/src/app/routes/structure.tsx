import { useLocation, useParams } from 'react-router';
import { StructureDetail } from '../../features/structures/components/structure-detail';
import { NotFoundPage } from './not-found';

export function StructurePage() {
  const { id } = useParams();
  const { state } = useLocation();
  const confirmation = (state as { confirmation?: string } | null)?.confirmation ?? null;
  const structureId = Number(id);
  if (!Number.isInteger(structureId) || structureId <= 0) return <NotFoundPage />;
  return <StructureDetail key={structureId} id={structureId} confirmation={confirmation} />;
}
