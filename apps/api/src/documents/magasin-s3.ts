import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Db } from '@choral/db';
import { inscrireContenu, type MagasinOctets } from './stockage-documents.ts';

export interface EmplacementS3 {
  bucket: string;
  /** Prepended to every key ('' or ending with '/'). */
  prefixe: string;
  client: S3Client;
}

/**
 * `s3://[clé:secret@]bucket[/préfixe]?endpoint=http://hôte:port&region=…`. Without credentials in
 * the URL, the SDK's usual chain applies (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, profiles…).
 * An explicit endpoint (MinIO, Garage, Ceph…) is addressed path-style.
 */
export function emplacementS3(url: string): EmplacementS3 {
  const u = new URL(url);
  const endpoint = u.searchParams.get('endpoint') ?? undefined;
  const region = u.searchParams.get('region') ?? undefined;
  const chemin = decodeURIComponent(u.pathname).replace(/^\/+|\/+$/g, '');
  const client = new S3Client({
    endpoint,
    region,
    forcePathStyle: endpoint !== undefined,
    ...(u.username
      ? {
          credentials: {
            accessKeyId: decodeURIComponent(u.username),
            secretAccessKey: decodeURIComponent(u.password),
          },
        }
      : {}),
    // Many S3-compatible servers reject the SDK's default trailing checksums; the SHA-256 of every
    // document is checked on read anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  return { bucket: u.hostname, prefixe: chemin === '' ? '' : `${chemin}/`, client };
}

function absent(erreur: unknown): boolean {
  return (erreur as { name?: string }).name === 'NoSuchKey';
}

/**
 * Bytes in an S3-compatible bucket: an upload streams (multipart) to `televersements/<uuid>`, and
 * publishing copies it, server-side, to `documents/<sha256>`. Which contents exist stays in the
 * database's registry, whose row locks keep the collector and the uploads apart.
 */
export function magasinS3(db: Db, { bucket, prefixe, client }: EmplacementS3): MagasinOctets {
  const provisoire = (televersement: string) => `${prefixe}televersements/${televersement}`;
  const definitif = (sha256: string) => `${prefixe}documents/${sha256}`;
  async function supprimer(cles: string[]): Promise<void> {
    if (cles.length === 0) return;
    await client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: { Objects: cles.map((Key) => ({ Key })), Quiet: true },
      }),
    );
  }
  async function abandonner(televersement: string): Promise<void> {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: provisoire(televersement) }));
  }

  return {
    async ecrire(morceaux) {
      const televersement = randomUUID();
      let erreurSource: unknown = null;
      async function* surveillee() {
        try {
          yield* morceaux;
        } catch (erreur) {
          erreurSource = erreur;
          throw erreur;
        }
      }
      try {
        // On failure the multipart upload is aborted: no part stays.
        await new Upload({
          client,
          params: { Bucket: bucket, Key: provisoire(televersement), Body: Readable.from(surveillee()) },
        }).done();
      } catch (erreur) {
        // The upload's own reason (too large…), even when the abort failed too.
        throw erreurSource ?? erreur;
      }

      return televersement;
    },
    async publier(televersement, contenu) {
      // Registered first: the collector, if it was deleting these bytes, has finished.
      await inscrireContenu(db, contenu, null);
      await client.send(
        new CopyObjectCommand({
          Bucket: bucket,
          CopySource: encodeURI(`${bucket}/${provisoire(televersement)}`),
          Key: definitif(contenu.sha256),
        }),
      );
      await abandonner(televersement);
    },
    abandonner,
    async lire(sha256) {
      try {
        const objet = await client.send(new GetObjectCommand({ Bucket: bucket, Key: definitif(sha256) }));

        return objet.Body as Readable;
      } catch (erreur) {
        if (absent(erreur)) return null;
        throw erreur;
      }
    },
    async effacer(_tx, contenus) {
      await supprimer(contenus.map((c) => definitif(c.sha256)));
    },
    async effacerAbandonnes(avant) {
      let total = 0;
      let suite: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: provisoire(''),
            ContinuationToken: suite,
          }),
        );
        const anciens = (page.Contents ?? []).filter(
          (o) => o.Key && o.LastModified && o.LastModified < avant,
        );
        await supprimer(anciens.map((o) => o.Key as string));
        total += anciens.length;
        suite = page.NextContinuationToken;
      } while (suite);

      return total;
    },
  };
}

/** Fails at start-up, with the SDK's reason, when the bucket cannot be reached. */
export async function verifierEmplacement({ bucket, client }: EmplacementS3): Promise<void> {
  await client.send(new HeadBucketCommand({ Bucket: bucket }));
}
