import { validerSiret } from '@choral/domain/identifiants';
import { espacesDetenus } from '@choral/domain/structures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/client.ts';
import { DEMO_ACCOUNTS } from '../src/seed/demo-accounts.ts';
import { DEMO_RACCORDEMENTS } from '../src/seed/demo-raccordements.ts';
import { DEMO_FOURNISSEURS, DEMO_STRUCTURES_PUBLIQUES } from '../src/seed/demo-structures.ts';
import { seedDemo } from '../src/seed/seed-demo.ts';

let db: Db;
beforeAll(() => {
  db = createDb({
    url: process.env.DATABASE_URL as string,
    maxConnections: Number(process.env.TEST_POOL_MAX),
  });
});
afterAll(() => db.$disconnect());

async function counts() {
  const [structures, services, utilisateurs, rattachements, demandes] = await Promise.all([
    db.structure.count(),
    db.service.count(),
    db.utilisateur.count(),
    db.rattachement.count(),
    db.demandeRattachement.count(),
  ]);

  return { structures, services, utilisateurs, rattachements, demandes };
}

describe('demo data (pnpm db:seed)', () => {
  it('loads every persona, the public directory and one pending request, and is idempotent', async () => {
    await seedDemo(db);
    const first = await counts();
    await seedDemo(db);

    expect(await counts()).toEqual(first);
    expect(first.utilisateurs).toBeGreaterThanOrEqual(DEMO_ACCOUNTS.length);
    // Scoped to the demo's own rows: the embedded test database is shared with other files.
    const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);
    const enAttente = await db.demandeRattachement.count({
      where: { etat: 'EN_ATTENTE', demandeur: { email: { in: demoEmails } } },
    });
    expect(enAttente).toBe(1);
    const publiques = await db.structure.findMany({
      where: { identifiant: { in: DEMO_STRUCTURES_PUBLIQUES.map((s) => s.identifiant) } },
      include: { services: true },
    });
    expect(publiques).toHaveLength(DEMO_STRUCTURES_PUBLIQUES.length);
    expect(publiques.every((s) => s.services.some((x) => x.code === 'FACTURES_PUBLIQUES'))).toBe(true);
    expect(publiques.filter((s) => !s.active)).toHaveLength(1);
    expect(publiques.some((s) => s.codeServiceDoitEtreRenseigne)).toBe(true);
    expect(publiques.some((s) => s.numeroEJDoitEtreRenseigne)).toBe(true);
    expect(publiques.some((s) => s.gestionNumeroEJOuCodeService)).toBe(true);
  });

  it('gives the demo supplier and commune an API application and a compte technique', async () => {
    await seedDemo(db);
    for (const r of DEMO_RACCORDEMENTS) {
      const structure = await db.structure.findFirstOrThrow({ where: { identifiant: r.identifiant } });
      const application = await db.applicationApi.findUniqueOrThrow({ where: { clientId: r.clientId } });
      expect(application.structureId).toBe(structure.id);
      expect(application.secretHash).not.toContain(r.clientSecret);
      const compte = await db.compteTechnique.findUniqueOrThrow({
        where: { login: r.login },
        include: { utilisateur: { include: { rattachements: true } } },
      });
      expect(compte.structureId).toBe(structure.id);
      expect(compte.utilisateur.actif).toBe(false);
      expect(compte.utilisateur.rattachements).toEqual([
        expect.objectContaining({ structureId: structure.id, role: 'UTILISATEUR' }),
      ]);
    }
  });

  it('pairs a titulaire and a sous-traitant, each with a gestionnaire principal, to try the validation circuit', async () => {
    await seedDemo(db);
    const espacesDe = async (email: string) => {
      const { rattachements } = await db.utilisateur.findUniqueOrThrow({
        where: { email },
        include: { rattachements: { include: { structure: true, espaces: true } } },
      });
      expect(rattachements).toHaveLength(1);
      const [r] = rattachements as [(typeof rattachements)[number]];
      const espaces = espacesDetenus(
        { type: 'RATTACHEMENT', role: r.role, espaces: r.espaces.map((e) => e.espace) },
        r.structure.type,
      );

      return { structure: r.structure, role: r.role, espaces };
    };

    const titulaire = await espacesDe('titulaire@demo.choral.test');
    expect(titulaire).toMatchObject({
      role: 'GESTIONNAIRE_PRINCIPAL',
      structure: {
        identifiant: '52345678800018',
        raisonSociale: 'Bâtiments Démo SA',
        type: 'PRIVEE',
        active: true,
      },
    });
    expect(titulaire.espaces).toEqual(expect.arrayContaining(['FACTURES_A_VALIDER', 'FACTURES_EMISES']));
    const sousTraitant = await espacesDe('sous-traitant@demo.choral.test');
    expect(sousTraitant).toMatchObject({
      role: 'GESTIONNAIRE_PRINCIPAL',
      structure: {
        identifiant: '79876543400013',
        raisonSociale: 'Peinture Démo SARL',
        type: 'PRIVEE',
        active: true,
      },
    });
    expect(sousTraitant.espaces).toContain('FACTURES_EMISES');
  });

  it('uses only SIRETs that pass the portal’s own check', () => {
    for (const s of [...DEMO_STRUCTURES_PUBLIQUES, ...DEMO_FOURNISSEURS]) {
      expect(validerSiret(s.identifiant), s.raisonSociale).toEqual({ ok: true, valeur: s.identifiant });
    }
  });
});
