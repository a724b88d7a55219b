import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demarrerFileTravaux, FILE_ACHEMINEMENT } from '../src/jobs/file-travaux.ts';
import { demarrerTravailleur } from '../src/jobs/travailleur.ts';
import { attendre, attendreStatut, creerParties, deposer } from './support/cycle.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // No retry: a failing job goes to the dead-letter queue at once.
  t = await buildTestApp(undefined, { tentatives: 0 });
});
afterAll(() => t.close());

describe('La file de travaux (pg-boss)', () => {
  it('le travail d’acheminement n’existe que si le dépôt est validé, et survit à un redémarrage', async () => {
    const { fournisseur, destinataire } = await creerParties(t.app, t.db);
    const id = await deposer(fournisseur, destinataire.identifiant);
    const [travail] = await t.ctx.file.boss.findJobs(FILE_ACHEMINEMENT, { data: { factureId: id } });
    expect(travail).toMatchObject({ state: 'created' });
    // A refused send enqueues nothing.
    const brouillon = await fournisseur.client.post('/api/factures/brouillons', {
      structureId: fournisseur.structure.id,
    });
    expect(
      (await fournisseur.client.post(`/api/factures/brouillons/${brouillon.json().id}/envoi`)).statusCode,
    ).toBe(422);
    expect(
      await t.ctx.file.boss.findJobs(FILE_ACHEMINEMENT, { data: { factureId: brouillon.json().id } }),
    ).toEqual([]);

    // "Restart": the queue stops with the job pending; a new one and its worker route it.
    await t.ctx.file.stop();
    const log = pino({ level: 'silent' });
    const file = await demarrerFileTravaux(t.db, { log, tentatives: 0 });
    t.ctx.file = file;
    const travailleur = await demarrerTravailleur(t.ctx, log);
    try {
      await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
    } finally {
      await travailleur.stop();
    }
  });

  it('un travail qui échoue pour de bon reste visible dans la file des échecs', async () => {
    const travailleur = await demarrerTravailleur(t.ctx, pino({ level: 'silent' }));
    try {
      await t.ctx.file.boss.send(FILE_ACHEMINEMENT, { factureId: 987_654 });
      const echecs = await attendre(async () => {
        const liste = await t.ctx.file.echecsAcheminement();

        return liste.length > 0 && liste;
      });
      expect(echecs).toEqual([expect.objectContaining({ factureId: 987_654 })]);
    } finally {
      await travailleur.stop();
    }
  });
});
