import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_PURGE, HEURE_PURGE } from '../src/jobs/file-travaux.ts';
import { creerUtilisateur } from './support/factories.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const HEURE = 60 * 60 * 1000;
const ilYa = (ms: number) => new Date(Date.now() - ms);
const dans = (ms: number) => new Date(Date.now() + ms);

describe('Purge des données de connexion périmées (travail planifié)', () => {
  it('supprime sessions expirées, liens utilisés ou expirés et vieilles tentatives, garde le reste', async () => {
    const u = await creerUtilisateur(t.db);
    const session = (id: string, expireLe: Date) => ({ id, utilisateurId: u.id, jetonCsrf: 'x', expireLe });
    await t.db.session.createMany({
      data: [session(`perimee-${u.id}`, ilYa(1000)), session(`valable-${u.id}`, dans(HEURE))],
    });
    const jeton = (hash: string, expireLe: Date, utiliseLe: Date | null = null) => ({
      hash: `${hash}-${u.id}`,
      objet: 'REINITIALISATION' as const,
      utilisateurId: u.id,
      expireLe,
      utiliseLe,
    });
    await t.db.jetonCompte.createMany({
      data: [
        jeton('utilise', dans(HEURE), ilYa(1000)),
        jeton('expire-hier', ilYa(25 * HEURE)),
        // Expired a moment ago: kept a day, so its link still says "expired, ask for another".
        jeton('expire-a-l-instant', ilYa(1000)),
        jeton('valable', dans(HEURE)),
      ],
    });
    await t.db.tentativeConnexion.createMany({
      data: [
        { email: u.email, ip: '203.0.113.9', le: ilYa(25 * HEURE) },
        { email: u.email, ip: '203.0.113.9', le: ilYa(60 * 1000) },
      ],
    });
    const travailleur = await t.demarrerTravailleur();

    await t.ctx.file.boss.send(FILE_PURGE, {});
    await expect
      .poll(() => t.db.session.count({ where: { utilisateurId: u.id } }), { timeout: 20_000 })
      .toBe(1);
    await travailleur.stop();

    expect(await t.db.session.findMany({ where: { utilisateurId: u.id }, select: { id: true } })).toEqual([
      { id: `valable-${u.id}` },
    ]);
    const jetons = await t.db.jetonCompte.findMany({
      where: { utilisateurId: u.id },
      orderBy: { hash: 'asc' },
    });
    expect(jetons.map((j) => j.hash)).toEqual([`expire-a-l-instant-${u.id}`, `valable-${u.id}`]);
    expect(await t.db.tentativeConnexion.count({ where: { email: u.email } })).toBe(1);
  });

  it('est planifié toutes les heures', async () => {
    expect(await t.ctx.file.boss.getSchedules(FILE_PURGE)).toEqual([
      expect.objectContaining({ name: FILE_PURGE, cron: HEURE_PURGE }),
    ]);
    expect(HEURE_PURGE).toBe('17 * * * *');
  });
});
