import type { Service as ServiceDto, Structure as StructureDto } from '@choral/contracts';
import type { Service, Structure } from '@choral/db';
import {
  CODE_SERVICE_FACTURES_PUBLIQUES,
  peutGererCompteTechnique,
  peutGererUtilisateurs,
  peutNommerGestionnaireSecondaire,
  peutTransfererGestionnairePrincipal,
} from '@choral/domain/structures';
import type { RattachementActeur } from '../access/rattachement.ts';

function jour(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function presenterService(s: Service): ServiceDto {
  return {
    id: s.id,
    code: s.code,
    libelle: s.libelle,
    description: s.description,
    actif: s.actif,
    dateDebutValidite: jour(s.dateDebutValidite),
    dateFinValidite: jour(s.dateFinValidite),
    engagementObligatoire: s.engagementObligatoire,
    reserve: s.code === CODE_SERVICE_FACTURES_PUBLIQUES,
  };
}

export function presenterParametres(s: Structure): StructureDto['parametres'] {
  return {
    codeServiceDoitEtreRenseigne: s.codeServiceDoitEtreRenseigne,
    numeroEJDoitEtreRenseigne: s.numeroEJDoitEtreRenseigne,
    gestionNumeroEJOuCodeService: s.gestionNumeroEJOuCodeService,
    statutMiseEnPaiementNestPasRemonte: s.statutMiseEnPaiementNestPasRemonte,
  };
}

/**
 * A structure as its member sees it, with the actions his role allows. Gestionnaires,
 * principal and secondaires, manage the structure, its services and users; naming
 * gestionnaires and transferring the principal role stay with the principal.
 */
export function presenterStructure(
  s: Structure & { services: Service[] },
  acteur: RattachementActeur,
): StructureDto {
  const estGestionnaire = peutGererUtilisateurs(acteur.role);

  return {
    id: s.id,
    type: s.type,
    typeIdentifiant: s.typeIdentifiant,
    identifiant: s.identifiant,
    raisonSociale: s.raisonSociale,
    numeroTva: s.numeroTva,
    adresse: s.adresse,
    codePostal: s.codePostal,
    ville: s.ville,
    pays: s.pays,
    active: s.active,
    parametres: presenterParametres(s),
    services: s.services.map(presenterService),
    monRole: acteur.role,
    actions: {
      modifier: estGestionnaire,
      activer: estGestionnaire,
      gererServices: estGestionnaire,
      gererUtilisateurs: estGestionnaire,
      nommerGestionnaires: peutNommerGestionnaireSecondaire(acteur.role),
      transfererPrincipal: peutTransfererGestionnairePrincipal(acteur.role),
      gererRaccordementsApi: peutGererCompteTechnique(acteur.role),
    },
  };
}
