import { createDb, type Db } from '@choral/db';
import { genererSiret } from '@choral/domain/identifiants';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_ACHEMINEMENT } from '../src/jobs/file-travaux.ts';
import { ClientHttp } from './support/client-http.ts';
import { attendre } from './support/cycle.ts';
import { creerUtilisateur, MOT_DE_PASSE } from './support/factories.ts';
import { creerDestinataire, saisieComplete } from './support/factures.ts';
import { freePort, type PortalProcess, startPortal, waitForHealth } from './support/portal-process.ts';

let url: string;
let db: Db;
const portails: PortalProcess[] = [];
beforeAll(() => {
  url = process.env.DATABASE_URL as string;
  db = createDb({ url, maxConnections: 2 });
});
afterAll(async () => {
  for (const p of portails) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  await db.$disconnect();
});

async function fournisseurConnecte(base: string) {
  const utilisateur = await creerUtilisateur(db);
  const structure = await db.structure.create({
    data: {
      type: 'PRIVEE',
      typeIdentifiant: 'SIRET',
      identifiant: genererSiret(),
      raisonSociale: `Fournisseur ${utilisateur.id}`,
      numeroTva: 'FR11999999998',
      adresse: '1 rue du Commerce',
      codePostal: '75001',
      ville: 'Paris',
      rattachements: { create: { utilisateurId: utilisateur.id, role: 'GESTIONNAIRE_PRINCIPAL' } },
    },
  });

  return { structure, client: await new ClientHttp(base).login(utilisateur.email, MOT_DE_PASSE) };
}

function travauxActifs(): Promise<number> {
  return db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${FILE_ACHEMINEMENT} AND state = 'active'`.then(
    ([r]) => r?.n ?? 0,
  );
}

describe('Un portail tué (kill -9) pendant l’acheminement', () => {
  it('chaque dépôt acquitté est mis à disposition dans les 30 s du redémarrage, une seule fois', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { PORT: String(port), DATABASE_URL: url, CHORAL_DEMO_DATA: 'non', LOG_LEVEL: 'warn' };
    const premier = startPortal(env);
    portails.push(premier);
    await waitForHealth(port, premier);
    const destinataire = await creerDestinataire(db);
    const fournisseurs = await Promise.all([1, 2, 3, 4].map(() => fournisseurConnecte(base)));

    // Each invoice is locked as soon as its deposit is acknowledged: its routing, fetched by the
    // portal, stays in flight (the pg-boss job active) until the kill.
    const verrou = new pg.Client({ connectionString: url });
    // Ended with the test database if the test fails first.
    verrou.on('error', () => {});
    await verrou.connect();
    await verrou.query('BEGIN');
    const acquittees: number[] = [];
    await Promise.all(
      fournisseurs.map(async ({ structure, client }) => {
        for (let i = 0; i < 10; i++) {
          const brouillon = await client.request(
            'POST',
            '/api/factures/brouillons',
            saisieComplete(structure.id, destinataire.identifiant),
          );
          expect(brouillon.status).toBe(201);
          const { id } = (await brouillon.json()) as { id: number };
          const envoi = await client.request('POST', `/api/factures/brouillons/${id}/envoi`);
          expect(envoi.status, await envoi.text()).toBe(200);
          acquittees.push(id);
          await verrou.query('SELECT id FROM facture WHERE id = $1 FOR UPDATE', [id]);
        }
      }),
    );
    await attendre(async () => (await travauxActifs()) > 0);

    premier.child.kill('SIGKILL');
    await premier.exited;
    await verrou.query('ROLLBACK');
    await verrou.end();
    const enSouffrance = await db.facture.count({
      where: { id: { in: acquittees }, statut: { not: 'MISE_A_DISPOSITION' } },
    });
    expect(enSouffrance).toBeGreaterThan(0);

    const redemarrage = Date.now();
    const second = startPortal(env);
    portails.push(second);
    await waitForHealth(port, second);
    await attendre(
      async () =>
        (await db.facture.count({ where: { id: { in: acquittees }, statut: 'MISE_A_DISPOSITION' } })) ===
        acquittees.length,
      30_000,
    );
    expect(Date.now() - redemarrage).toBeLessThan(30_000);

    // Nothing doubled: one routing entry (and one mise à disposition) per invoice.
    const historique = await db.historiqueFacture.groupBy({
      by: ['factureId', 'statut'],
      where: {
        factureId: { in: acquittees },
        statut: { in: ['EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION'] },
      },
      _count: true,
    });
    expect(historique).toHaveLength(acquittees.length * 2);
    expect(historique.every((h) => h._count === 1)).toBe(true);

    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 120_000);
});
