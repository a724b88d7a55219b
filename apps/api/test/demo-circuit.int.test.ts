import { FactureSchema, RechercheFacturesResponseSchema } from '@choral/contracts';
import { DEMO_PASSWORD, seedDemo } from '@choral/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { agir, attendreStatut, lire } from './support/cycle.ts';
import { saisieComplete } from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

// The README's walk through the validation circuit, with the demo accounts only.
const SOUS_TRAITANT = 'sous-traitant@demo.choral.test';
const TITULAIRE = 'titulaire@demo.choral.test';
const SIRET_TITULAIRE = '52345678800018';
const SIRET_COMMUNE = '21750001600019';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await seedDemo(t.db);
  await t.demarrerTravailleur();
});
afterAll(() => t.close());

/** The demo account signed in, and the id of its one structure. */
async function connecter(email: string) {
  const client = await new Client(t.app).login(email, DEMO_PASSWORD);
  const { rattachements } = await t.db.utilisateur.findUniqueOrThrow({
    where: { email },
    include: { rattachements: true },
  });

  return { client, structureId: rattachements[0]?.structureId as number };
}

describe('demo data: the validation circuit with the README’s accounts', () => {
  it('the sous-traitant’s A9 waits for the titulaire, who validates it; it reaches the commune’s VOIRIE', async () => {
    const sousTraitant = await connecter(SOUS_TRAITANT);
    const titulaire = await connecter(TITULAIRE);

    const brouillon = await sousTraitant.client.post('/api/factures/brouillons', {
      ...saisieComplete(sousTraitant.structureId, SIRET_COMMUNE),
      cadre: 'A9',
      valideur: { identifiant: SIRET_TITULAIRE },
    });
    expect(brouillon.statusCode, brouillon.body).toBe(201);
    const id = FactureSchema.parse(brouillon.json()).id;
    const envoi = await sousTraitant.client.post(`/api/factures/brouillons/${id}/envoi`);
    expect(envoi.statusCode, envoi.body).toBe(200);
    expect(envoi.json()).toMatchObject({ statut: 'A_VALIDER_1' });

    const reponse = await titulaire.client.get(
      `/api/factures/a-valider?structureId=${titulaire.structureId}`,
    );
    expect(reponse.statusCode, reponse.body).toBe(200);
    const liste = RechercheFacturesResponseSchema.parse(reponse.json()).factures;
    expect(liste.filter((f) => f.id === id).map((f) => [f.statut, f.cadre])).toEqual([['A_VALIDER_1', 'A9']]);
    expect(await lire(titulaire.client, id)).toMatchObject({
      cote: 'VALIDEUR',
      valideur: { identifiant: SIRET_TITULAIRE },
    });

    const validation = await agir(titulaire.client, id, { action: 'VALIDER' });
    expect(validation.statusCode, validation.body).toBe(200);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
    const enBase = await t.db.facture.findUniqueOrThrow({
      where: { id },
      include: { destinataire: true, service: true, historique: { orderBy: { id: 'asc' } } },
    });
    expect(enBase).toMatchObject({
      destinataire: { identifiant: SIRET_COMMUNE, raisonSociale: 'Commune de Villedémo' },
      service: { code: 'VOIRIE' },
    });
    expect(enBase.historique.map((h) => h.statut)).toEqual([
      'A_VALIDER_1',
      'VALIDEE_1',
      'DEPOSEE',
      'EN_COURS_ACHEMINEMENT',
      'MISE_A_DISPOSITION',
    ]);
  });
});
