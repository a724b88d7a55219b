import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { type Db, poolSql } from '@choral/db';
import { inscrireContenu, type MagasinOctets } from './stockage-documents.ts';

/**
 * The default backend: bytes in the portal's database (`morceau_document`), in chunks written one
 * statement at a time outside any transaction, one row per chunk. A published content names the upload holding it.
 * Chunks go through the driver itself: Prisma's Bytes path costs five times as much.
 */
export function magasinPostgres(db: Db): MagasinOctets {
  const pool = poolSql(db);
  async function abandonner(televersement: string): Promise<void> {
    await db.morceauDocument.deleteMany({ where: { televersement } });
  }

  return {
    async ecrire(morceaux) {
      const televersement = randomUUID();
      try {
        let rang = 0;
        for await (const octets of morceaux) {
          await pool.query(
            'INSERT INTO morceau_document (televersement, rang, octets, cree_le) VALUES ($1, $2, $3, $4)',
            [televersement, rang++, octets, new Date().toISOString()],
          );
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
            const { rows } = await pool.query<{ octets: Buffer }>(
              'SELECT octets FROM morceau_document WHERE televersement = $1 AND rang = $2',
              [televersement, rang],
            );
            if (!rows[0]) return;
            yield rows[0].octets;
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
