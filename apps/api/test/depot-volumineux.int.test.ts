import { createHash, randomBytes } from 'node:crypto';
import { FactureSchema } from '@choral/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { source } from '../src/documents/stockage-documents.ts';
import { FILE_RAMASSAGE_DOCUMENTS, HEURE_RAMASSAGE_DOCUMENTS } from '../src/jobs/file-travaux.ts';
import type { Client } from './support/client.ts';
import {
  compterLignes,
  creerDestinataire,
  creerFournisseur,
  envoyerFormulaire,
  type FichierEnvoye,
  pdfDe,
} from './support/factures.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // The portal's own pool size: the load below is a production one.
  t = await buildTestApp(undefined, { pool: { maxConnections: 10 } });
});
afterAll(() => t.close());

const MO = 1024 * 1024;
const sha = (octets: Uint8Array) => createHash('sha256').update(octets).digest('hex');

function deposer(client: Client, structureId: number, fichier: FichierEnvoye) {
  return envoyerFormulaire(client, '/api/factures/brouillons/depot', { structureId, cadre: 'A1' }, fichier);
}

/**
 * The load beside the big deposit: a draft and a 20 KB file, through the same upload, storage and
 * transactions as a deposit; only the format reading, bounded apart, is left out.
 */
async function petitDepot(client: Client, structureId: number, nom: string) {
  const brouillon = await client.post('/api/factures/brouillons', { structureId });
  if (brouillon.statusCode !== 201) return brouillon;

  return envoyerFormulaire(
    client,
    `/api/factures/brouillons/${brouillon.json().id}/pieces-jointes`,
    { designation: 'Bon de livraison', type: 'JUSTIFICATIF' },
    { nom, octets: randomBytes(20_000) },
  );
}

/** The big deposit as the wizard makes it: the file, its attachments, the form, then the send. */
async function deposerVolumineuse(
  client: Client,
  structureId: number,
  destinataire: string,
  facture: Buffer,
  piecesJointes: Buffer[],
): Promise<number> {
  const depot = await deposer(client, structureId, { nom: 'volumineuse.pdf', octets: facture });
  expect(depot.statusCode, depot.body).toBe(201);
  const { id } = FactureSchema.parse(depot.json());
  for (const [i, octets] of piecesJointes.entries()) {
    const res = await envoyerFormulaire(
      client,
      `/api/factures/brouillons/${id}/pieces-jointes`,
      { designation: `Annexe ${i + 1}`, type: 'JUSTIFICATIF' },
      { nom: `annexe-${i + 1}.pdf`, octets },
    );
    expect(res.statusCode, res.body).toBe(201);
  }
  const saisie = await client.put(`/api/factures/brouillons/${id}`, {
    identification: { numero: 'GROS-119', dateFacture: '2026-03-01' },
    destinataire: { identifiant: destinataire, codeService: 'VOIRIE' },
    montants: { montantHt: '1000', montantTva: '200', montantTtc: '1200', montantAPayer: '1200' },
    recapitulatifTva: [{ taux: '20', baseHt: '1000', montantTva: '200' }],
  });
  expect(saisie.statusCode, saisie.body).toBe(200);
  const envoi = await client.post(`/api/factures/brouillons/${id}/envoi`);
  expect(envoi.statusCode, envoi.body).toBe(200);
  expect(envoi.json()).toMatchObject({ statut: 'DEPOSEE', numero: 'GROS-119' });

  return id;
}

describe('Dépôts volumineux', () => {
  it('accepte un dépôt de 119 Mo (facture et trois pièces jointes) pendant que 16 fournisseurs envoient des fichiers en boucle', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    const destinataire = await creerDestinataire(t.db);
    const piecesJointes = [1, 2, 3].map(() => randomBytes(10 * MO - 1));
    const facture = pdfDe(119 * MO - piecesJointes.reduce((total, p) => total + p.length, 0));
    const concurrents = await Promise.all(Array.from({ length: 16 }, () => creerFournisseur(t.app, t.db)));
    let fini = false;
    const refus: string[] = [];
    let deposes = 0;
    const boucles = concurrents.map(async ({ client: autre, structure: sienne }, i) => {
      for (let n = 0; !fini; n++) {
        const res = await petitDepot(autre, sienne.id, `petite-${i}-${n}.pdf`);
        if (res.statusCode === 201) deposes++;
        // Under load, only a 503 asking to come back is allowed.
        else if (res.statusCode !== 503 || !res.headers['retry-after'])
          refus.push(`${res.statusCode} ${res.body}`);
      }
    });

    let id: number;
    try {
      id = await deposerVolumineuse(client, structure.id, destinataire.identifiant, facture, piecesJointes);
    } finally {
      fini = true;
      await Promise.all(boucles);
    }

    const { documents } = FactureSchema.parse((await client.get(`/api/factures/${id}`)).json());
    expect(documents.reduce((total, d) => total + d.taille, 0)).toBe(119 * MO);
    const original = await client.get(`/api/factures/${id}/documents/${documents[0]?.id}`);
    expect(original.headers['content-length']).toBe(String(facture.length));
    expect(sha(original.rawPayload)).toBe(sha(facture));
    // The others went on meanwhile.
    expect(refus).toEqual([]);
    expect(deposes).toBeGreaterThanOrEqual(16);
  }, 240_000);

  it('une panne après l’enregistrement des octets ne laisse ni facture ni document ; l’orphelin est ramassé', async () => {
    const { structure, client } = await creerFournisseur(t.app, t.db);
    await t.ctx.stockage.ramasserOrphelins(new Date(Date.now() + 1000));
    const avant = await compterLignes(t.db);
    const octets = pdfDe(3 * MO);
    // A real failure of the database inside the deposit's transaction, after the bytes are stored.
    await t.db.$executeRawUnsafe(
      `CREATE FUNCTION panne_simulee() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'panne simulée'; END $$`,
    );
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER panne BEFORE INSERT ON document_facture FOR EACH ROW WHEN (NEW.nom = 'panne.pdf') EXECUTE FUNCTION panne_simulee()`,
    );
    try {
      const res = await deposer(client, structure.id, { nom: 'panne.pdf', octets });
      expect(res.statusCode).toBe(500);
    } finally {
      await t.db.$executeRawUnsafe('DROP TRIGGER panne ON document_facture');
      await t.db.$executeRawUnsafe('DROP FUNCTION panne_simulee');
    }

    expect(await t.db.facture.count({ where: { fournisseurId: structure.id } })).toBe(0);
    expect(await t.db.documentFacture.count({ where: { sha256: sha(octets) } })).toBe(0);
    expect(await compterLignes(t.db)).toMatchObject({
      factures: avant.factures,
      documents: avant.documents,
      contenus: avant.contenus + 1,
    });

    expect(await t.ctx.stockage.ramasserOrphelins(new Date(Date.now() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await t.db.contenuDocument.findUnique({ where: { sha256: sha(octets) } })).toBeNull();
    expect(await compterLignes(t.db)).toMatchObject({ contenus: avant.contenus, morceaux: avant.morceaux });
  });

  it('ramasse chaque heure, dans la file de travaux, les contenus orphelins depuis plus d’une heure', async () => {
    expect(await t.ctx.file.boss.getSchedules(FILE_RAMASSAGE_DOCUMENTS)).toEqual([
      expect.objectContaining({ name: FILE_RAMASSAGE_DOCUMENTS, cron: HEURE_RAMASSAGE_DOCUMENTS }),
    ]);
    const ancien = await t.ctx.stockage.enregistrer(source(randomBytes(1000)));
    const recent = await t.ctx.stockage.enregistrer(source(randomBytes(1000)));
    await t.db.contenuDocument.update({
      where: { sha256: ancien.sha256 },
      data: { toucheLe: new Date(Date.now() - 2 * 60 * 60 * 1000) },
    });
    await t.demarrerTravailleur();

    await t.ctx.file.boss.send(FILE_RAMASSAGE_DOCUMENTS, null);

    await expect
      .poll(() => t.db.contenuDocument.findUnique({ where: { sha256: ancien.sha256 } }), { timeout: 20_000 })
      .toBeNull();
    expect(await t.ctx.stockage.lire(ancien.sha256)).toBeNull();
    expect(await t.db.contenuDocument.findUnique({ where: { sha256: recent.sha256 } })).not.toBeNull();
  }, 30_000);
});
