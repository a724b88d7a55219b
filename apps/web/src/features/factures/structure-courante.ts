import type { Espace } from '@choral/contracts';
import { useSearchParams } from 'react-router';
import { useUtilisateur } from '../../lib/session';

/**
 * The user's structures where he may use this espace (the API says which he holds), and the one
 * these pages work for: `?structure=`, else the first. `nonHabilite`: the espace exists on one of
 * his structures but he does not hold it there, so the page says how to ask for it.
 */
export function useStructureCourante(espace: Espace) {
  const { rattachements: tous } = useUtilisateur();
  const rattachements = tous.filter((r) => r.espaces.includes(espace));
  const [params] = useSearchParams();
  const demandee = Number(params.get('structure'));
  const courante = rattachements.find((r) => r.structureId === demandee) ?? rattachements[0] ?? null;
  const nonHabilite = rattachements.length === 0 && tous.some((r) => r.espacesStructure.includes(espace));
  return { rattachements, courante, nonHabilite };
}
