import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './keys';
import { storeFromEnv } from './store-from-env';

const S3 = {
  EVIDENCE_S3_ENDPOINT: 'http://127.0.0.1:9000',
  EVIDENCE_S3_BUCKET: 'evidence',
  EVIDENCE_S3_ACCESS_KEY_ID: 'key',
  EVIDENCE_S3_SECRET_ACCESS_KEY: 'secret',
};

describe('storeFromEnv', () => {
  it('keeps files under <dataDir>/evidence when no S3 endpoint is set', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tongxing-data-'));
    try {
      const bytes = Buffer.from('evidence');
      await storeFromEnv({ EVIDENCE_S3_ENDPOINT: '' }, dataDir).put(sha256Hex(bytes), bytes, 'text/plain');
      expect(await readdir(dataDir)).toEqual(['evidence']);
      expect(await readdir(join(dataDir, 'evidence', sha256Hex(bytes).slice(0, 2), sha256Hex(bytes).slice(2, 4)))).toEqual([
        sha256Hex(bytes),
      ]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.each(['EVIDENCE_S3_BUCKET', 'EVIDENCE_S3_ACCESS_KEY_ID', 'EVIDENCE_S3_SECRET_ACCESS_KEY'])('names %s when it is missing', (name) => {
    expect(() => storeFromEnv({ ...S3, [name]: undefined }, '/data')).toThrow(`${name} must be set when EVIDENCE_S3_ENDPOINT is set`);
    expect(() => storeFromEnv({ ...S3, [name]: '  ' }, '/data')).toThrow(name);
  });

  it('refuses an endpoint that is not a URL and a path-style flag that is not a boolean', () => {
    expect(() => storeFromEnv({ ...S3, EVIDENCE_S3_ENDPOINT: 'minio.internal:9000' }, '/data')).toThrow(
      'EVIDENCE_S3_ENDPOINT must be an http:// or https:// URL',
    );
    expect(() => storeFromEnv({ ...S3, EVIDENCE_S3_ENDPOINT: 'http://' }, '/data')).toThrow('EVIDENCE_S3_ENDPOINT must be');
    expect(() => storeFromEnv({ ...S3, EVIDENCE_S3_FORCE_PATH_STYLE: 'yes' }, '/data')).toThrow(
      'EVIDENCE_S3_FORCE_PATH_STYLE must be true or false',
    );
    expect(() => storeFromEnv({ ...S3, EVIDENCE_S3_FORCE_PATH_STYLE: 'false', EVIDENCE_S3_REGION: 'cn-hangzhou' }, '/data')).not.toThrow();
  });
});
