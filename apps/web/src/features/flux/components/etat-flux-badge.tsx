import type { EtatFlux } from '@choral/contracts';
import { Badge } from '../../../components/badge';

/** Tone of a flux's state: the text says the state, the color only helps. */
function tone(etat: EtatFlux): 'success' | 'warning' | 'danger' | 'neutral' {
  switch (etat) {
    case 'IN_INTEGRE':
      return 'success';
    case 'IN_INTEGRE_PARTIEL':
      return 'warning';
    case 'IN_REJETE':
    case 'IN_INCIDENTE':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function EtatFluxBadge({ flux }: { flux: { etat: EtatFlux; libelleEtat: string } }) {
  return <Badge tone={tone(flux.etat)}>{flux.libelleEtat}</Badge>;
}
