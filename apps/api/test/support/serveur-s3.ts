import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface ServeurS3 {
  /** `STOCKAGE_DOCUMENTS_URL` of its bucket, credentials included. */
  url: string;
  stop(): Promise<void>;
}

/** A real S3-compatible server (s3rver) on loopback, over a fresh directory, with one bucket. */
export async function demarrerServeurS3(bucket = 'choral'): Promise<ServeurS3> {
  const dossier = mkdtempSync(join(tmpdir(), 'choral-s3-'));
  const serveur = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dossier,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await serveur.run();

  return {
    url: `s3://S3RVER:S3RVER@${bucket}/choral?endpoint=http://127.0.0.1:${port}&region=us-east-1`,
    async stop() {
      await serveur.close();
      rmSync(dossier, { recursive: true, force: true });
    },
  };
}
