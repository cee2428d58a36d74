import { resolve } from 'node:path';
import { storeFromEnv, type FileStore } from '@tongxing/storage';

let store: FileStore | undefined;

/**
 * The process's evidence store: S3 when `EVIDENCE_S3_ENDPOINT` is set, otherwise files under
 * `<TONGXING_DATA_DIR>/evidence` (`pnpm dev` and `pnpm start` point it at the repository's `.data`).
 */
export function evidenceFiles(): FileStore {
  store ??= storeFromEnv(process.env, resolve(process.env.TONGXING_DATA_DIR ?? '.data'));
  return store;
}
