import { useSearchParams } from 'react-router';
import { useUtilisateur } from '../../lib/session';

/** The user's structures, and the one these pages work for: `?structure=`, else the first. */
export function useStructureCourante() {
  const { rattachements } = useUtilisateur();
  const [params] = useSearchParams();
  const demandee = Number(params.get('structure'));
  const courante = rattachements.find((r) => r.structureId === demandee) ?? rattachements[0] ?? null;
  return { rattachements, courante };
}
