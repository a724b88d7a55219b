import { useSearchParams } from 'react-router';
import { useUtilisateur } from '../../lib/session';

/**
 * The user's structures (only the public ones for « Factures reçues »), and the one these pages
 * work for: `?structure=`, else the first.
 */
export function useStructureCourante(publiques = false) {
  const { rattachements: tous } = useUtilisateur();
  const rattachements = publiques ? tous.filter((r) => r.type === 'PUBLIQUE') : tous;
  const [params] = useSearchParams();
  const demandee = Number(params.get('structure'));
  const courante = rattachements.find((r) => r.structureId === demandee) ?? rattachements[0] ?? null;
  return { rattachements, courante };
}
