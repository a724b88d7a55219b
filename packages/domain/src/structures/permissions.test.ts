import { describe, expect, it } from 'vitest';
import {
  PERMISSIONS_STRUCTURE,
  type PermissionStructure,
  peutApprouverRattachement,
  peutGererCompteTechnique,
  peutGererStructure,
  peutGererUtilisateurs,
  peutNommerGestionnaireSecondaire,
  peutTransfererGestionnairePrincipal,
  verifierPermission,
} from './permissions.ts';
import type { RoleStructure } from './roles.ts';

type Role = RoleStructure | undefined;

// Expected rights per role: [GP, GS, utilisateur, non rattaché].
const attendus: ReadonlyArray<[string, (role: Role) => boolean, [boolean, boolean, boolean, boolean]]> = [
  ['peutGererStructure', peutGererStructure, [true, false, false, false]],
  ['peutApprouverRattachement', peutApprouverRattachement, [true, true, false, false]],
  ['peutGererUtilisateurs', peutGererUtilisateurs, [true, true, false, false]],
  ['peutNommerGestionnaireSecondaire', peutNommerGestionnaireSecondaire, [true, false, false, false]],
  ['peutTransfererGestionnairePrincipal', peutTransfererGestionnairePrincipal, [true, false, false, false]],
  ['peutGererCompteTechnique', peutGererCompteTechnique, [true, false, false, false]],
];
const roles: Role[] = ['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR', undefined];

describe.each(attendus)('%s', (_nom, permission, droits) => {
  it.each(roles.map((role, i) => [role ?? 'non rattaché', role, droits[i]] as const))(
    '%s → %s',
    (_libelle, role, attendu) => {
      expect(permission(role)).toBe(attendu);
    },
  );
});

const fonctionDe: Record<PermissionStructure, (role: Role) => boolean> = {
  gererStructure: peutGererStructure,
  gererUtilisateurs: peutGererUtilisateurs,
  approuverRattachement: peutApprouverRattachement,
  nommerGestionnaires: peutNommerGestionnaireSecondaire,
  transfererPrincipal: peutTransfererGestionnairePrincipal,
  gererCompteTechnique: peutGererCompteTechnique,
};

describe('verifierPermission', () => {
  it.each(PERMISSIONS_STRUCTURE.flatMap((permission) => roles.map((role) => [permission, role] as const)))(
    '%s pour %s : même réponse que la fonction, refus en français',
    (permission, role) => {
      const resultat = verifierPermission(role, permission);
      expect(resultat.ok).toBe(fonctionDe[permission](role));
      if (!resultat.ok) {
        expect(resultat.code).toBe('PERMISSION_REFUSEE');
        expect(resultat.message).toMatch(/gestionnaire/);
      }
    },
  );
});
