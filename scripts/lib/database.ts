import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedAreaDemos } from '@tongxing/api/demo/index';
import { hashPassword } from '@tongxing/auth';
import { appUrlFrom, connect, defaultAppPassword } from '@tongxing/db';
import { startEmbeddedCluster } from '@tongxing/db/embedded';
import { runMigrations } from '@tongxing/db/migrate';
import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { seedDemo } from '@tongxing/db/seed/seed-demo';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  seeded: boolean;
  stop: () => Promise<void>;
}

/**
 * The database a local process runs on: the server in DATABASE_URL (the owner role) if set, else an
 * embedded PostgreSQL whose data stays in `dataDir`. Migrations are applied; demo data is loaded into
 * an empty database when asked.
 */
export async function prepareDatabase(options: { seed: boolean; dataDir?: string; migrate?: boolean }): Promise<PreparedDatabase> {
  const appPassword = defaultAppPassword();
  let ownerUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  const embedded = !ownerUrl;
  if (!ownerUrl) {
    const cluster = await startEmbeddedCluster({ dataDir: options.dataDir ?? resolve(REPO_ROOT, '.data/postgres') });
    ownerUrl = cluster.ownerUrl;
    stop = cluster.stop;
  }
  try {
    if (options.migrate ?? true) await runMigrations(ownerUrl, appPassword);
    let seeded = false;
    const appUrl = process.env.APP_DATABASE_URL ?? appUrlFrom(ownerUrl, appPassword);
    if (options.seed) {
      const owner = connect(ownerUrl, { max: 1 });
      try {
        seeded = await seedDemo(owner.db, await hashPassword(DEMO_PASSWORD));
      } finally {
        await owner.close();
      }
      // the areas' demo (rules, sheets, …) is made through the procedures, as the app role, on the fresh register only
      if (seeded) {
        const app = connect(appUrl, { max: 4 });
        try {
          await seedAreaDemos(app.db);
        } finally {
          await app.close();
        }
      }
    }
    return { ownerUrl, appUrl, embedded, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
