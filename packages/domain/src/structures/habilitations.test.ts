import { describe, expect, it } from 'vitest';
import {
  ESPACES,
  type Espace,
  espacesDeLaStructure,
  espacesDemandables,
  espacesDetenus,
  LIBELLES_ESPACE,
  peutAgirDansEspace,
  type TitulaireHabilitations,
} from './habilitations.ts';
import { NATURES_STRUCTURE } from './nature-structure.ts';
import { ROLES_STRUCTURE } from './roles.ts';

describe('espacesDeLaStructure', () => {
  it('une structure privée n’a pas de Factures reçues ; une publique a tous les espaces', () => {
    expect(espacesDeLaStructure('PRIVEE')).not.toContain('FACTURES_RECUES');
    expect(espacesDeLaStructure('PRIVEE')).toHaveLength(ESPACES.length - 1);
    expect(espacesDeLaStructure('PUBLIQUE')).toEqual(ESPACES);
  });

  it.each(NATURES_STRUCTURE)(
    'les deux natures peuvent valider des factures de sous-traitant (%s)',
    (nature) => {
      expect(espacesDeLaStructure(nature)).toContain('FACTURES_A_VALIDER');
    },
  );

  it.each(NATURES_STRUCTURE)('les deux natures émettent des factures (%s)', (nature) => {
    expect(espacesDeLaStructure(nature)).toContain('FACTURES_EMISES');
  });

  it('chaque espace a un libellé', () => {
    expect(Object.keys(LIBELLES_ESPACE).sort()).toEqual([...ESPACES].sort());
  });
});

// Every role × nature × espace, with and without the espace granted.
const cas = ROLES_STRUCTURE.flatMap((role) =>
  NATURES_STRUCTURE.flatMap((nature) =>
    ESPACES.flatMap((espace) => [true, false].map((accorde) => ({ role, nature, espace, accorde }))),
  ),
);

describe('peutAgirDansEspace : rattachement', () => {
  it.each(cas)(
    '$role, structure $nature, $espace (accordé : $accorde)',
    ({ role, nature, espace, accorde }) => {
      const titulaire: TitulaireHabilitations = {
        type: 'RATTACHEMENT',
        role,
        espaces: accorde ? [espace] : [],
      };
      const existe = espacesDeLaStructure(nature).includes(espace);
      const attendu = existe && (role !== 'UTILISATEUR' || accorde);
      expect(peutAgirDansEspace(titulaire, nature, espace)).toBe(attendu);
    },
  );

  it('un simple utilisateur n’agit que dans les espaces accordés', () => {
    const agent: TitulaireHabilitations = {
      type: 'RATTACHEMENT',
      role: 'UTILISATEUR',
      espaces: ['FACTURES_RECUES'],
    };
    expect(peutAgirDansEspace(agent, 'PUBLIQUE', 'FACTURES_RECUES')).toBe(true);
    expect(peutAgirDansEspace(agent, 'PUBLIQUE', 'FACTURES_EMISES')).toBe(false);
  });

  it('sans rattachement, aucun espace', () => {
    for (const espace of ESPACES) expect(peutAgirDansEspace(undefined, 'PUBLIQUE', espace)).toBe(false);
    expect(espacesDetenus(undefined, 'PRIVEE')).toEqual([]);
  });
});

describe('peutAgirDansEspace : compte technique', () => {
  it.each(NATURES_STRUCTURE.flatMap((nature) => ESPACES.map((espace) => ({ nature, espace }))))(
    'n’a que les espaces accordés, même tous les autres refusés ($nature, $espace)',
    ({ nature, espace }) => {
      const compte: TitulaireHabilitations = { type: 'COMPTE_TECHNIQUE', espaces: [espace] };
      const existe = espacesDeLaStructure(nature).includes(espace);
      expect(peutAgirDansEspace(compte, nature, espace)).toBe(existe);
      const autres = ESPACES.filter((e) => e !== espace);
      for (const autre of autres) expect(peutAgirDansEspace(compte, nature, autre)).toBe(false);
    },
  );
});

describe('espacesDetenus', () => {
  it('un gestionnaire détient tous les espaces de sa structure, dans l’ordre', () => {
    const gs: TitulaireHabilitations = { type: 'RATTACHEMENT', role: 'GESTIONNAIRE_SECONDAIRE', espaces: [] };
    expect(espacesDetenus(gs, 'PUBLIQUE')).toEqual(espacesDeLaStructure('PUBLIQUE'));
  });

  it('ignore un espace accordé qui n’existe pas sur la structure', () => {
    const u: TitulaireHabilitations = {
      type: 'RATTACHEMENT',
      role: 'UTILISATEUR',
      espaces: ['FACTURES_RECUES', 'FACTURES_EMISES'],
    };
    expect(espacesDetenus(u, 'PRIVEE')).toEqual(['FACTURES_EMISES']);
  });
});

describe('espacesDemandables', () => {
  it('garde l’ordre d’affichage et dédoublonne', () => {
    expect(espacesDemandables('PUBLIQUE', ['SOLLICITATIONS', 'FACTURES_RECUES', 'FACTURES_RECUES'])).toEqual([
      'FACTURES_RECUES',
      'SOLLICITATIONS',
    ] satisfies Espace[]);
    expect(espacesDemandables('PRIVEE', [])).toEqual([]);
  });

  it.each([
    ['PRIVEE', 'FACTURES_RECUES'],
    ['PUBLIQUE', 'INCONNU'],
  ] as const)('refuse un espace absent de la structure (%s, %s)', (nature, espace) => {
    expect(espacesDemandables(nature, [espace])).toBeUndefined();
  });
});
