import { connect, type DatabaseHandle } from '@tongxing/db';

let handle: DatabaseHandle | undefined;

/** The process's pool, as the app role (APP_DATABASE_URL, set by `pnpm dev` / `pnpm start`). */
export function database(): DatabaseHandle['db'] {
  if (!handle) {
    const url = process.env.APP_DATABASE_URL;
    if (!url) throw new Error('APP_DATABASE_URL is not set: start the app with `pnpm dev` or `pnpm start`.');
    handle = connect(url, { max: Number(process.env.DB_POOL_SIZE ?? 10) });
  }
  return handle.db;
}
