import { randomUUID } from 'node:crypto';
import type { Db, Prisma } from '@choral/db';

/**
 * Where the bytes of invoice documents live. Metadata (name, type, SHA-256) stays in
 * `DocumentFacture`; a backend only maps a key to bytes. Writes join the caller's transaction,
 * so that a refused deposit leaves no orphan content.
 */
export interface StockageDocuments {
  /** Stores the bytes and returns their key. */
  enregistrer(tx: Prisma.TransactionClient, octets: Uint8Array): Promise<string>;
  /** The bytes under `cle`, or null when nothing is stored there. */
  lire(cle: string): Promise<Uint8Array | null>;
  supprimer(tx: Prisma.TransactionClient, cles: readonly string[]): Promise<void>;
}

/** The default backend: bytes in the `contenu_document` table of the portal's database. */
export function stockagePostgres(db: Db): StockageDocuments {
  return {
    async enregistrer(tx, octets) {
      const cle = randomUUID();
      await tx.contenuDocument.create({ data: { cle, octets: Uint8Array.from(octets) } });

      return cle;
    },
    async lire(cle) {
      const contenu = await db.contenuDocument.findUnique({ where: { cle } });

      return contenu?.octets ?? null;
    },
    async supprimer(tx, cles) {
      await tx.contenuDocument.deleteMany({ where: { cle: { in: [...cles] } } });
    },
  };
}
