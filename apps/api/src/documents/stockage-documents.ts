import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { Db, Prisma } from '@choral/db';
import type { ErreurMetier } from '@choral/domain/erreurs';

/** A stored content: its address (hex SHA-256 of the bytes) and its size. */
export interface ContenuStocke {
  sha256: string;
  taille: number;
}

/** The size rules of an upload, enforced while it streams: its bytes beyond `max` are never stored. */
export interface LimitesTaille {
  max: number;
  tropVolumineux: () => ErreurMetier;
  /** When given, an empty upload is refused with this error. */
  vide?: () => ErreurMetier;
}

/**
 * A backend that keeps bytes (PostgreSQL, S3). An upload is written under a private provisional
 * name, then published under its SHA-256 — or abandoned, leaving nothing. Which contents exist,
 * and which are still pointed at, is in the database for every backend (`contenu_document`).
 */
export interface MagasinOctets {
  /**
   * Writes the bytes, given in chunks of TAILLE_MORCEAU (the last one shorter) that it may keep,
   * under a new provisional name, returned; if the source fails, nothing stays.
   */
  ecrire(morceaux: AsyncIterable<Buffer>): Promise<string>;
  /**
   * Makes a provisional upload the bytes of `contenu` and registers (or touches) the content with
   * `inscrireContenu`. Publishing bytes already there puts them back rather than trusting them.
   */
  publier(televersement: string, contenu: ContenuStocke): Promise<void>;
  abandonner(televersement: string): Promise<void>;
  /** The raw bytes of a published content, or null when there are none. */
  lire(sha256: string): Promise<Readable | null>;
  /** Deletes the bytes of contents whose rows `tx` is deleting (committed after this returns). */
  effacer(tx: Prisma.TransactionClient, contenus: readonly LigneContenu[]): Promise<void>;
  /** Deletes provisional uploads left since before `avant` (a crash, a lost connection). */
  effacerAbandonnes(avant: Date): Promise<number>;
}

export interface LigneContenu {
  sha256: string;
  televersement: string | null;
}

/** What use-cases see: uploads streamed to storage, read back checked, orphans collected. */
export interface StockageDocuments {
  /**
   * Streams an upload to storage while hashing and counting it, then publishes it under its
   * SHA-256. Beyond `limites`, if any, the upload stops with their error and nothing is stored. The caller
   * then points documents at `sha256` in its own transaction: no transaction carries the bytes.
   */
  enregistrer(source: AsyncIterable<Uint8Array>, limites?: LimitesTaille): Promise<ContenuStocke>;
  /**
   * The same for an upload that must be read before it is accepted: its bytes are kept once in
   * memory for `lire`, whose refusal abandons the upload (nothing stays).
   */
  enregistrerApresLecture<T>(
    source: AsyncIterable<Uint8Array>,
    limites: LimitesTaille,
    lire: (octets: Buffer) => Promise<T>,
  ): Promise<ContenuStocke & { lecture: T }>;
  /** The bytes of a content, checked against its SHA-256 as they stream (a mismatch fails the stream). */
  lire(sha256: string): Promise<Readable | null>;
  /**
   * Deletes the contents no document points at and no upload touched since `avant`, and the
   * provisional uploads abandoned before it. Returns how many contents went.
   */
  ramasserOrphelins(avant: Date): Promise<number>;
}

/** Thrown by a read whose bytes do not match their address: storage was altered or damaged. */
export class ContenuAltere extends Error {
  override name = 'ContenuAltere';
}

/**
 * How long an unreferenced content stays: far longer than any upload takes between storing its
 * bytes and pointing a document at them.
 */
export const DELAI_AVANT_RAMASSAGE_MS = 60 * 60 * 1000;
/** Uploads reach the backend in chunks of 1 MB: a PostgreSQL row each, one S3 part in five. */
export const TAILLE_MORCEAU = 1024 * 1024;
/** Contents the collector takes in one transaction. */
const LOT_RAMASSAGE = 100;

/**
 * Registers a published content or, already registered, touches it so that the collector leaves
 * it alone for a while; waits while the collector is deleting it, then registers it anew.
 * Returns the PostgreSQL upload holding its bytes (null for other backends).
 */
export async function inscrireContenu(
  db: Db,
  { sha256, taille }: ContenuStocke,
  televersement: string | null,
): Promise<string | null> {
  const maintenant = new Date();
  const [ligne] = await db.$queryRaw<{ televersement: string | null }[]>`
    INSERT INTO contenu_document (sha256, taille, televersement, touche_le)
    VALUES (${sha256}, ${taille}, ${televersement}, ${maintenant})
    ON CONFLICT (sha256) DO UPDATE SET touche_le = EXCLUDED.touche_le,
      televersement = COALESCE(contenu_document.televersement, EXCLUDED.televersement)
    RETURNING televersement`;

  return ligne?.televersement ?? null;
}

interface Reception extends ContenuStocke {
  televersement: string;
}

/** The source's bytes passed on, counted against the limits and hashed on the way. */
async function* compter(
  source: AsyncIterable<Uint8Array>,
  limites: LimitesTaille | undefined,
  etat: { hash: ReturnType<typeof createHash>; taille: number },
): AsyncGenerator<Uint8Array> {
  for await (const morceau of source) {
    etat.taille += morceau.length;
    if (limites && etat.taille > limites.max) throw limites.tropVolumineux();
    etat.hash.update(morceau);
    yield morceau;
  }
  if (etat.taille === 0 && limites?.vide) throw limites.vide();
}

/**
 * The source copied, once, into chunks of `taille` bytes that belong to us: a producer may reuse
 * its buffers once the next piece is asked for (busboy does, around part boundaries), while
 * chunks are kept until written — or, for a reader, until the end.
 */
async function* enMorceaux(source: AsyncIterable<Uint8Array>, taille: number): AsyncGenerator<Buffer> {
  let morceau = Buffer.allocUnsafeSlow(taille);
  let rempli = 0;
  for await (const recu of source) {
    for (let lu = 0; lu < recu.length; ) {
      const n = Math.min(taille - rempli, recu.length - lu);
      morceau.set(recu.subarray(lu, lu + n), rempli);
      rempli += n;
      lu += n;
      if (rempli === taille) {
        yield morceau;
        morceau = Buffer.allocUnsafeSlow(taille);
        rempli = 0;
      }
    }
  }
  // The tail in a buffer of its size: a small upload does not hold a whole chunk.
  if (rempli > 0) yield Buffer.from(morceau.subarray(0, rempli));
}

async function* garder(morceaux: AsyncIterable<Buffer>, gardes: Buffer[]): AsyncGenerator<Buffer> {
  for await (const morceau of morceaux) {
    gardes.push(morceau);
    yield morceau;
  }
}

/** A read stream that fails at its end when its bytes do not hash to `sha256`. */
function verifie(brut: Readable, sha256: string): Readable {
  const hash = createHash('sha256');
  const verification = new Transform({
    transform(morceau: Buffer, _encoding, suite) {
      hash.update(morceau);
      suite(null, morceau);
    },
    flush(fin) {
      const lu = hash.digest('hex');
      fin(lu === sha256 ? null : new ContenuAltere(`Contenu ${sha256} altéré : ses octets donnent ${lu}.`));
    },
  });
  brut.on('error', (erreur) => verification.destroy(erreur));

  return brut.pipe(verification);
}

/** The storage over one backend; the registry, the checks and the collector are the same for all. */
export function stockageDocuments(db: Db, magasin: MagasinOctets): StockageDocuments {
  async function recevoir(
    source: AsyncIterable<Uint8Array>,
    limites: LimitesTaille | undefined,
    gardes: Buffer[] | null,
  ): Promise<Reception> {
    const etat = { hash: createHash('sha256'), taille: 0 };
    const morceaux = enMorceaux(compter(source, limites, etat), TAILLE_MORCEAU);
    const televersement = await magasin.ecrire(gardes ? garder(morceaux, gardes) : morceaux);

    return { televersement, sha256: etat.hash.digest('hex'), taille: etat.taille };
  }
  async function publier({ televersement, sha256, taille }: Reception): Promise<ContenuStocke> {
    await magasin.publier(televersement, { sha256, taille });

    return { sha256, taille };
  }

  return {
    async enregistrer(source, limites) {
      return publier(await recevoir(source, limites, null));
    },
    async enregistrerApresLecture(source, limites, lire) {
      const morceaux: Buffer[] = [];
      const recu = await recevoir(source, limites, morceaux);
      let lecture: Awaited<ReturnType<typeof lire>>;
      try {
        // The upload in one piece, for the reader.
        lecture = await lire(Buffer.concat(morceaux, recu.taille));
      } catch (erreur) {
        await magasin.abandonner(recu.televersement);
        throw erreur;
      }

      return { ...(await publier(recu)), lecture };
    },
    async lire(sha256) {
      const brut = await magasin.lire(sha256);

      return brut === null ? null : verifie(brut, sha256);
    },
    async ramasserOrphelins(avant) {
      let total = 0;
      for (;;) {
        // Locked rows stop an upload of the same bytes from touching them until their deletion is
        // over; the foreign key refuses the deletion of a content a document points at.
        const ramasses = await db.$transaction(
          async (tx) => {
            const orphelins = await tx.$queryRaw<LigneContenu[]>`
            SELECT sha256, televersement FROM contenu_document c
            WHERE touche_le < ${avant}
              AND NOT EXISTS (SELECT 1 FROM document_facture d WHERE d.sha256 = c.sha256)
              AND NOT EXISTS (SELECT 1 FROM flux f WHERE f.sha256 = c.sha256)
            ORDER BY touche_le LIMIT ${LOT_RAMASSAGE} FOR UPDATE SKIP LOCKED`;
            if (orphelins.length === 0) return 0;
            await tx.contenuDocument.deleteMany({
              where: { sha256: { in: orphelins.map((o) => o.sha256) } },
            });
            await magasin.effacer(tx, orphelins);

            return orphelins.length;
          },
          { timeout: 30_000 },
        );
        total += ramasses;
        if (ramasses < LOT_RAMASSAGE) break;
      }
      await magasin.effacerAbandonnes(avant);

      return total;
    },
  };
}

/** Bytes already in memory (a generated PDF) as an upload source. */
export function source(octets: Uint8Array): Readable {
  return Readable.from([octets]);
}
