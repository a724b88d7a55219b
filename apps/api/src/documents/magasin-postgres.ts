import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '@choral/db';
import { inscrireContenu, type MagasinOctets } from './stockage-documents.ts';

/** Rows of 1 MB: an upload is written as it arrives, a read holds one chunk at a time. */
const TAILLE_MORCEAU = 1024 * 1024;

/** The source regrouped in chunks of `taille` bytes (the last one shorter). */
async function* regrouper(source: AsyncIterable<Uint8Array>, taille: number): AsyncGenerator<Buffer> {
  let enAttente: Uint8Array[] = [];
  let longueur = 0;
  for await (const morceau of source) {
    enAttente.push(morceau);
    longueur += morceau.length;
    while (longueur >= taille) {
      const plein = Buffer.concat(enAttente, longueur);
      yield plein.subarray(0, taille);
      enAttente = [plein.subarray(taille)];
      longueur -= taille;
    }
  }
  if (longueur > 0) yield Buffer.concat(enAttente, longueur);
}

/**
 * The default backend: bytes in the portal's database (`morceau_document`), in chunks written one
 * statement at a time outside any transaction. A published content names the upload holding it.
 */
export function magasinPostgres(db: Db): MagasinOctets {
  async function abandonner(televersement: string): Promise<void> {
    await db.morceauDocument.deleteMany({ where: { televersement } });
  }

  return {
    async ecrire(source) {
      const televersement = randomUUID();
      try {
        let rang = 0;
        for await (const octets of regrouper(source, TAILLE_MORCEAU)) {
          await db.morceauDocument.create({
            data: { televersement, rang: rang++, octets: octets as Uint8Array<ArrayBuffer> },
          });
        }
      } catch (erreur) {
        await abandonner(televersement);
        throw erreur;
      }

      return televersement;
    },
    async publier(televersement, contenu) {
      // The same bytes published before: theirs stay, this upload's copy goes.
      if ((await inscrireContenu(db, contenu, televersement)) !== televersement)
        await abandonner(televersement);
    },
    abandonner,
    async lire(sha256) {
      const contenu = await db.contenuDocument.findUnique({ where: { sha256 } });
      const televersement = contenu?.televersement;
      if (!televersement) return null;

      return Readable.from(
        (async function* () {
          for (let rang = 0; ; rang++) {
            const morceau = await db.morceauDocument.findUnique({
              where: { televersement_rang: { televersement, rang } },
            });
            if (!morceau) return;
            yield Buffer.from(morceau.octets.buffer, morceau.octets.byteOffset, morceau.octets.byteLength);
          }
        })(),
      );
    },
    async effacer(tx, contenus) {
      const televersements = contenus.flatMap((c) => (c.televersement ? [c.televersement] : []));
      await tx.morceauDocument.deleteMany({ where: { televersement: { in: televersements } } });
    },
    async effacerAbandonnes(avant) {
      return db.$executeRaw`
        DELETE FROM morceau_document WHERE televersement IN (
          SELECT televersement FROM morceau_document GROUP BY televersement HAVING max(cree_le) < ${avant}
          EXCEPT SELECT televersement FROM contenu_document WHERE televersement IS NOT NULL)`;
    },
  };
}
