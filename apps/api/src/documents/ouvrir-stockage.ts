import type { Db } from '@choral/db';
import { magasinPostgres } from './magasin-postgres.ts';
import { type StockageDocuments, stockageDocuments } from './stockage-documents.ts';

/**
 * The document storage that `STOCKAGE_DOCUMENTS_URL` names: unset, the portal's database; `s3://…`,
 * an S3-compatible bucket, checked reachable now (the SDK is loaded only then).
 */
export async function ouvrirStockage(url: string | undefined, db: Db): Promise<StockageDocuments> {
  if (url === undefined) return stockageDocuments(db, magasinPostgres(db));
  const { emplacementS3, magasinS3, verifierEmplacement } = await import('./magasin-s3.ts');
  const emplacement = emplacementS3(url);
  await verifierEmplacement(emplacement);

  return stockageDocuments(db, magasinS3(db, emplacement));
}
