import type { EtatDemande } from '@choral/contracts';
import { Badge } from '../../../components/badge';
import { libelleEtatDemande, toneEtatDemande } from '../../../config/libelles';

export function EtatDemandeBadge({ etat }: { etat: EtatDemande }) {
  return <Badge tone={toneEtatDemande[etat]}>{libelleEtatDemande[etat]}</Badge>;
}
