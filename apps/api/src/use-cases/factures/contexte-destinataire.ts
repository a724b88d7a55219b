import type { Service, Structure } from '@choral/db';
import type { ContexteDepot } from '@choral/domain/depot';

function jour(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The domain's view of a recipient structure and service as the database holds them. */
export function contexteDestinataire(
  destinataire: Structure | null,
  service: Service | null,
  autres: Pick<ContexteDepot, 'natureFournisseur' | 'references' | 'dateDepot'>,
): ContexteDepot {
  return {
    ...autres,
    destinataire: destinataire && {
      nature: destinataire.type,
      estActive: destinataire.active,
      parametres: destinataire,
    },
    service: service && {
      codeService: service.code,
      estActif: service.actif,
      dateDebutValidite: jour(service.dateDebutValidite),
      dateFinValidite: jour(service.dateFinValidite),
      engagementObligatoire: service.engagementObligatoire,
    },
  };
}
