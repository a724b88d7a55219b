import type { FactureResume } from '@choral/contracts';
import { Badge } from '../../../components/badge';
import { toneStatut } from '../libelles';

export function StatutBadge({ facture }: { facture: Pick<FactureResume, 'statut' | 'libelleStatut'> }) {
  return <Badge tone={toneStatut(facture.statut)}>{facture.libelleStatut}</Badge>;
}
