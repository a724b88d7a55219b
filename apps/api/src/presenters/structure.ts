import type { Service as ServiceDto, Structure as StructureDto } from '@choral/contracts';
import type { Service, Structure } from '@choral/db';
import {
  CODE_SERVICE_FACTURES_PUBLIQUES,
  espacesDeLaStructure,
  type PermissionStructure,
  verifierPermission,
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
 * A structure as its member sees it, with the actions the domain's permissions give his role:
 * the principal manages the structure, its services and parameters, names gestionnaires and
 * transfers his role; gestionnaires secondaires manage users.
 */
export function presenterStructure(
  s: Structure & { services: Service[] },
  acteur: RattachementActeur,
): StructureDto {
  const peut = (permission: PermissionStructure) => verifierPermission(acteur.role, permission).ok;

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
    espaces: [...espacesDeLaStructure(s.type)],
    monRole: acteur.role,
    actions: {
      modifier: peut('gererStructure'),
      activer: peut('gererStructure'),
      gererServices: peut('gererStructure'),
      gererUtilisateurs: peut('gererUtilisateurs'),
      nommerGestionnaires: peut('nommerGestionnaires'),
      transfererPrincipal: peut('transfererPrincipal'),
      gererRaccordementsApi: peut('gererCompteTechnique'),
    },
  };
}
