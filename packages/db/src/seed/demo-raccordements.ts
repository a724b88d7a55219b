import type { Espace } from '@choral/domain/structures';
import { hash } from 'argon2';
import type { Db } from '../client.ts';
import { donneesCompteTechnique } from '../compte-technique.ts';

/** Demo API access (documented in the README), so that a connector can call the API at once. */
export interface DemoRaccordement {
  identifiant: string;
  clientId: string;
  clientSecret: string;
  login: string;
  motDePasse: string;
  espaces: Espace[];
}

export const DEMO_RACCORDEMENTS: DemoRaccordement[] = [
  {
    identifiant: '84312345600017',
    clientId: 'choral-demo-papeterie',
    clientSecret: 'Secret-Demo-Papeterie-2026',
    login: 'TECH_papeterie@demo.choral.test',
    motDePasse: 'Tech-Demo-Papeterie-2026',
    espaces: ['FACTURES_EMISES', 'FACTURES_RECUES'],
  },
  {
    identifiant: '21750001600019',
    clientId: 'choral-demo-villedemo',
    clientSecret: 'Secret-Demo-Villedemo-2026',
    login: 'TECH_villedemo@demo.choral.test',
    motDePasse: 'Tech-Demo-Villedemo-2026',
    espaces: ['FACTURES_EMISES', 'FACTURES_RECUES'],
  },
];

/** Idempotent, like the rest of the seed: found by client id and login, created when missing. */
export async function seedRaccordements(db: Db, structureIds: Map<string, number>): Promise<void> {
  for (const r of DEMO_RACCORDEMENTS) {
    const structureId = structureIds.get(r.identifiant) as number;
    if (!(await db.applicationApi.findUnique({ where: { clientId: r.clientId } }))) {
      await db.applicationApi.create({
        data: { structureId, clientId: r.clientId, secretHash: await hash(r.clientSecret) },
      });
    }
    if (await db.compteTechnique.findUnique({ where: { login: r.login } })) continue;
    await db.compteTechnique.create({
      data: donneesCompteTechnique({
        login: r.login,
        motDePasseHash: await hash(r.motDePasse),
        structureId,
        serviceIds: [],
        espaces: r.espaces,
      }),
    });
  }
}
