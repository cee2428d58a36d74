// Against a real S3 protocol server: s3rver (an S3 emulator in Node, from npm) on 127.0.0.1 with a
// free port and a temporary folder. It speaks the same HTTP and SigV4 as MinIO, but it is an emulator:
// it does not check the secret key, so credential mistakes are not caught here.
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, thumbnailKey } from './keys';
import { s3Store, type S3StoreOptions } from './s3-store';
import { storeFromEnv } from './store-from-env';

let server: S3rver;
let folder: string;
let options: S3StoreOptions;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tongxing-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: folder,
    configureBuckets: [{ name: 'evidence', configs: [] }],
  });
  const { port } = await server.run();
  options = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: 'evidence',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
});

afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

function inspector(): S3Client {
  return new S3Client({ ...options, credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } });
}

describe('s3Store', () => {
  const bytes = Buffer.from('联合教研 2026-05-04 '.repeat(1000));
  const key = sha256Hex(bytes);

  it('puts, gets, tells and removes an object named by its key', async () => {
    const store = s3Store(options);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    await store.put(key, bytes, 'application/pdf');
    await store.put(key, bytes, 'application/pdf');
    expect(await store.has(key)).toBe(true);
    expect(await store.get(key)).toEqual(bytes);
    const client = inspector();
    expect((await client.send(new HeadObjectCommand({ Bucket: 'evidence', Key: key }))).ContentType).toBe('application/pdf');
    expect((await client.send(new ListObjectsV2Command({ Bucket: 'evidence' }))).Contents?.map((object) => object.Key)).toEqual([key]);
    await store.remove(key);
    await store.remove(key);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
  });

  it('stores a thumbnail beside its original and refuses keys that are not content addresses', async () => {
    const store = s3Store(options);
    await store.put(thumbnailKey(key), Buffer.from('webp'), 'image/webp');
    expect(await store.get(thumbnailKey(key))).toEqual(Buffer.from('webp'));
    await store.remove(thumbnailKey(key));
    await expect(store.put(`../${key}`, bytes, 'application/pdf')).rejects.toThrow(/not a content address/);
    await expect(store.get('evidence/../../x')).rejects.toThrow(/not a content address/);
    await expect(store.put(sha256Hex(Buffer.from('other')), bytes, 'application/pdf')).rejects.toThrow(/does not match/);
  });

  it('reports a missing bucket instead of answering "no such file"', async () => {
    const store = s3Store({ ...options, bucket: 'no-such-bucket' });
    await expect(store.get(key)).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await expect(store.put(key, bytes, 'application/pdf')).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('is what storeFromEnv gives when EVIDENCE_S3_ENDPOINT is set', async () => {
    const store = storeFromEnv(
      {
        EVIDENCE_S3_ENDPOINT: options.endpoint,
        EVIDENCE_S3_BUCKET: 'evidence',
        EVIDENCE_S3_ACCESS_KEY_ID: 'S3RVER',
        EVIDENCE_S3_SECRET_ACCESS_KEY: 'S3RVER',
      },
      '/nonexistent',
    );
    await store.put(key, bytes, 'application/pdf');
    expect(await store.get(key)).toEqual(bytes);
    await store.remove(key);
  });
});
