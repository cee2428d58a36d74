import { join } from 'node:path';
import { diskStore } from './disk-store';
import { s3Store } from './s3-store';
import type { FileStore } from './store';

type Env = Record<string, string | undefined>;

/**
 * An S3-compatible store when `EVIDENCE_S3_ENDPOINT` is set, otherwise files under `<dataDir>/evidence`.
 * `EVIDENCE_S3_FORCE_PATH_STYLE` defaults to true (MinIO, Ceph); set it to false for stores that only
 * serve virtual-hosted names, such as Aliyun OSS.
 */
export function storeFromEnv(env: Env, dataDir: string): FileStore {
  const endpoint = value(env, 'EVIDENCE_S3_ENDPOINT');
  if (!endpoint) return diskStore(join(dataDir, 'evidence'));
  // `minio:9000` parses as a URL of scheme "minio:", so the scheme is what tells a forgotten one.
  const protocol = URL.parse(endpoint)?.protocol;
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new Error(`EVIDENCE_S3_ENDPOINT must be an http:// or https:// URL, not ${endpoint}`);
  return s3Store({
    endpoint,
    region: value(env, 'EVIDENCE_S3_REGION') ?? 'us-east-1',
    bucket: required(env, 'EVIDENCE_S3_BUCKET'),
    accessKeyId: required(env, 'EVIDENCE_S3_ACCESS_KEY_ID'),
    secretAccessKey: required(env, 'EVIDENCE_S3_SECRET_ACCESS_KEY'),
    forcePathStyle: flag(env, 'EVIDENCE_S3_FORCE_PATH_STYLE', true),
  });
}

function value(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

function required(env: Env, name: string): string {
  const found = value(env, name);
  if (!found) throw new Error(`${name} must be set when EVIDENCE_S3_ENDPOINT is set`);
  return found;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const found = value(env, name)?.toLowerCase();
  if (found === undefined) return fallback;
  if (found === 'true' || found === '1') return true;
  if (found === 'false' || found === '0') return false;
  throw new Error(`${name} must be true or false, not ${JSON.stringify(found)}`);
}
