import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { ErreurMetier } from '@choral/domain/erreurs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { magasinPostgres } from '../src/documents/magasin-postgres.ts';
import { emplacementS3, magasinS3 } from '../src/documents/magasin-s3.ts';
import { ouvrirStockage } from '../src/documents/ouvrir-stockage.ts';
import {
  ContenuAltere,
  type LimitesTaille,
  type MagasinOctets,
  type StockageDocuments,
} from '../src/documents/stockage-documents.ts';
import { creerFournisseur } from './support/factures.ts';
import { demarrerServeurS3, type ServeurS3 } from './support/serveur-s3.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

/** One backend under the shared suite, with what the tests need to look inside it. */
interface Banc {
  stockage: StockageDocuments;
  magasin: MagasinOctets;
  /** Units of bytes held (chunks or objects), published or not. */
  unitesStockees(): Promise<number>;
  /** Changes the stored bytes of a content behind the storage's back. */
  alterer(sha256: string): Promise<void>;
  /** Whether a provisional upload's bytes are still there. */
  provisoireExiste(televersement: string): Promise<boolean>;
}

let t: TestApp;
let s3: ServeurS3;
const bancs = new Map<string, Banc>();

beforeAll(async () => {
  t = await buildTestApp();
  s3 = await demarrerServeurS3();
  const db = t.db;
  bancs.set('PostgreSQL', {
    stockage: await ouvrirStockage(undefined, db),
    magasin: magasinPostgres(db),
    unitesStockees: () => db.morceauDocument.count(),
    async alterer(sha256) {
      const { televersement } = await db.contenuDocument.findUniqueOrThrow({ where: { sha256 } });
      await db.morceauDocument.update({
        where: { televersement_rang: { televersement: televersement as string, rang: 0 } },
        data: { octets: new Uint8Array([1, 2, 3]) },
      });
    },
    provisoireExiste: async (televersement) =>
      (await db.morceauDocument.count({ where: { televersement } })) > 0,
  });
  const emplacement = emplacementS3(s3.url);
  const { client, bucket, prefixe } = emplacement;
  bancs.set('S3 (s3rver)', {
    stockage: await ouvrirStockage(s3.url, db),
    magasin: magasinS3(db, emplacement),
    async unitesStockees() {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return page.KeyCount ?? 0;
    },
    async alterer(sha256) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: `${prefixe}documents/${sha256}`, Body: 'altéré' }),
      );
    },
    async provisoireExiste(televersement) {
      const cle = `${prefixe}televersements/${televersement}`;
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: cle }));
      return (page.KeyCount ?? 0) > 0;
    },
  });
});
afterAll(async () => {
  await t.close();
  await s3.stop();
});

const sha = (octets: Uint8Array) => createHash('sha256').update(octets).digest('hex');

/** `octets` as an upload arrives: in pieces of 64 KB. */
function envoi(octets: Buffer): Readable {
  const morceaux = [];
  for (let i = 0; i < octets.length; i += 65_536) morceaux.push(octets.subarray(i, i + 65_536));

  return Readable.from(morceaux);
}

async function lireTout(flux: Readable): Promise<Buffer> {
  const morceaux: Buffer[] = [];
  for await (const morceau of flux) morceaux.push(morceau);

  return Buffer.concat(morceaux);
}

const trop = new ErreurMetier('FICHIER_TROP_VOLUMINEUX', 'Trop gros.');
const vide = new ErreurMetier('REGLE_METIER', 'Vide.');
const limites = (max: number): LimitesTaille => ({
  max,
  tropVolumineux: () => trop,
  vide: () => vide,
});
const dansUneSeconde = () => new Date(Date.now() + 1000);

/** A draft's document pointing at `sha256`, as a use-case would write it. */
async function pointerVers(sha256: string, taille: number) {
  const { structure, utilisateur } = await creerFournisseur(t.app, t.db);
  const facture = await t.db.facture.create({
    data: {
      cadre: 'A1',
      mode: 'DEPOT',
      fournisseurId: structure.id,
      creeParId: utilisateur.id,
      modifieParId: utilisateur.id,
    },
  });

  return t.db.documentFacture.create({
    data: {
      factureId: facture.id,
      role: 'ORIGINAL',
      nom: 'f.pdf',
      typeMime: 'application/pdf',
      taille,
      sha256,
    },
  });
}

// One suite, run against each backend: the S3 one must behave exactly as the default.
describe.each(['PostgreSQL', 'S3 (s3rver)'])('Stockage des documents : %s', (nom) => {
  const banc = () => bancs.get(nom) as Banc;

  it('stocke un envoi en flux sous son SHA-256 et le relit à l’identique', async () => {
    const octets = randomBytes(12 * 1024 * 1024 + 123);

    const contenu = await banc().stockage.enregistrer(envoi(octets), limites(20 * 1024 * 1024));

    expect(contenu).toEqual({ sha256: sha(octets), taille: octets.length });
    expect(await t.db.contenuDocument.findUnique({ where: { sha256: contenu.sha256 } })).toMatchObject({
      taille: octets.length,
    });
    const relu = await lireTout((await banc().stockage.lire(contenu.sha256)) as Readable);
    expect(relu.equals(octets)).toBe(true);
  });

  it('garde les bons octets d’une source qui réutilise son tampon (busboy le fait aux frontières)', async () => {
    const octets = randomBytes(3 * 1024 * 1024 + 17);
    async function* tamponReutilise() {
      const tampon = Buffer.alloc(4096);
      for (let i = 0; i < octets.length; i += tampon.length) {
        const n = octets.copy(tampon, 0, i, i + tampon.length);
        yield tampon.subarray(0, n);
      }
    }

    const contenu = await banc().stockage.enregistrer(tamponReutilise());

    expect(contenu.sha256).toBe(sha(octets));
    expect((await lireTout((await banc().stockage.lire(contenu.sha256)) as Readable)).equals(octets)).toBe(
      true,
    );
  });

  it('garde un seul exemplaire d’octets identiques, dont il repousse le ramassage', async () => {
    const octets = randomBytes(3000);
    const premier = await banc().stockage.enregistrer(envoi(octets));
    const avant = await t.db.contenuDocument.findUniqueOrThrow({ where: { sha256: premier.sha256 } });
    const unites = await banc().unitesStockees();

    const second = await banc().stockage.enregistrer(envoi(octets));

    expect(second).toEqual(premier);
    expect(await banc().unitesStockees()).toBe(unites);
    const apres = await t.db.contenuDocument.findUniqueOrThrow({ where: { sha256: premier.sha256 } });
    expect(apres.toucheLe.getTime()).toBeGreaterThanOrEqual(avant.toucheLe.getTime());
    expect((await lireTout((await banc().stockage.lire(premier.sha256)) as Readable)).equals(octets)).toBe(
      true,
    );
  });

  it('arrête un envoi qui dépasse la limite avec son erreur, sans rien garder', async () => {
    const contenus = await t.db.contenuDocument.count();
    const unites = await banc().unitesStockees();

    await expect(
      banc().stockage.enregistrer(envoi(randomBytes(6 * 1024 * 1024 + 1)), limites(6 * 1024 * 1024)),
    ).rejects.toBe(trop);

    expect(await t.db.contenuDocument.count()).toBe(contenus);
    expect(await banc().unitesStockees()).toBe(unites);
  });

  it('refuse un envoi vide quand la règle le demande, sans rien garder', async () => {
    const contenus = await t.db.contenuDocument.count();

    await expect(banc().stockage.enregistrer(Readable.from([]), limites(10))).rejects.toBe(vide);

    expect(await t.db.contenuDocument.count()).toBe(contenus);
  });

  it('donne les octets à lire avant de publier ; un refus abandonne l’envoi', async () => {
    const octets = randomBytes(200_000);
    const unites = await banc().unitesStockees();
    const refus = new Error('illisible');

    await expect(
      banc().stockage.enregistrerApresLecture(envoi(octets), limites(1e6), async () => {
        throw refus;
      }),
    ).rejects.toBe(refus);
    expect(await banc().unitesStockees()).toBe(unites);
    expect(await t.db.contenuDocument.findUnique({ where: { sha256: sha(octets) } })).toBeNull();

    const { lecture, ...contenu } = await banc().stockage.enregistrerApresLecture(
      envoi(octets),
      limites(1e6),
      async (lus) => sha(lus),
    );
    expect(lecture).toBe(sha(octets));
    expect(contenu).toEqual({ sha256: sha(octets), taille: octets.length });
  });

  it('ne trouve rien sous une adresse inconnue', async () => {
    expect(await banc().stockage.lire(sha(randomBytes(8)))).toBeNull();
  });

  it('fait échouer la lecture d’octets altérés', async () => {
    const { sha256 } = await banc().stockage.enregistrer(envoi(randomBytes(5000)));
    await banc().alterer(sha256);

    await expect(lireTout((await banc().stockage.lire(sha256)) as Readable)).rejects.toBeInstanceOf(
      ContenuAltere,
    );
  });

  it('ramasse les contenus orphelins et les envois abandonnés, jamais ce qui est désigné ou récent', async () => {
    const { stockage, magasin } = banc();
    const orphelin = await stockage.enregistrer(envoi(randomBytes(70_000)));
    const designe = await stockage.enregistrer(envoi(randomBytes(70_000)));
    await pointerVers(designe.sha256, designe.taille);
    const abandonne = await magasin.ecrire(envoi(randomBytes(70_000)));
    expect(await banc().provisoireExiste(abandonne)).toBe(true);
    const limite = dansUneSeconde();
    const recent = await stockage.enregistrer(envoi(randomBytes(70_000)));
    await t.db.contenuDocument.update({
      where: { sha256: recent.sha256 },
      data: { toucheLe: new Date(Date.now() + 60_000) },
    });

    const ramasses = await stockage.ramasserOrphelins(limite);

    expect(ramasses).toBeGreaterThanOrEqual(1);
    expect(await stockage.lire(orphelin.sha256)).toBeNull();
    expect(await t.db.contenuDocument.findUnique({ where: { sha256: orphelin.sha256 } })).toBeNull();
    expect(await lireTout((await stockage.lire(designe.sha256)) as Readable)).toHaveLength(designe.taille);
    expect(await stockage.lire(recent.sha256)).not.toBeNull();
    expect(await banc().provisoireExiste(abandonne)).toBe(false);
  });
});
