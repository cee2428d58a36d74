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

/** Where uploaded evidence files live unless S3 is configured (`<data>/evidence`): TONGXING_DATA_DIR, or the repository's `.data`. */
export function dataDir(): string {
  return process.env.TONGXING_DATA_DIR ?? resolve(REPO_ROOT, '.data');
}

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  seeded: boolean;
  stop: () => Promise<void>;
}

export interface StartedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/**
 * The database a local process runs on: the server in DATABASE_URL (the owner role) if set, else an
 * embedded PostgreSQL whose data stays in `dataDir`. Running, not yet migrated.
 */
export async function startDatabase(dataDir?: string): Promise<StartedDatabase> {
  const appPassword = defaultAppPassword();
  const given = process.env.DATABASE_URL;
  const cluster = given ? null : await startEmbeddedCluster({ dataDir: dataDir ?? resolve(REPO_ROOT, '.data/postgres') });
  const ownerUrl = given ?? cluster!.ownerUrl;
  return {
    ownerUrl,
    appUrl: process.env.APP_DATABASE_URL ?? appUrlFrom(ownerUrl, appPassword),
    embedded: !given,
    stop: cluster ? cluster.stop : async () => {},
  };
}

/**
 * Applies the migrations and, when asked, loads the demo into an empty database: the register as the
 * owner, then every area's demo through the procedures as the app role. True when it loaded the demo.
 */
export async function populateDatabase(database: StartedDatabase, options: { seed: boolean; migrate?: boolean }): Promise<boolean> {
  if (options.migrate ?? true) await runMigrations(database.ownerUrl, defaultAppPassword());
  if (!options.seed) return false;
  const owner = connect(database.ownerUrl, { max: 1 });
  let seeded: boolean;
  try {
    seeded = await seedDemo(owner.db, await hashPassword(DEMO_PASSWORD));
  } finally {
    await owner.close();
  }
  // the areas' demo (rules, sheets, …) is made through the procedures, as the app role, on the fresh register only
  if (seeded) {
    const app = connect(database.appUrl, { max: 4 });
    try {
      await seedAreaDemos(app.db);
    } finally {
      await app.close();
    }
  }
  return seeded;
}

/** Both steps, stopping the embedded cluster again if populating fails. */
export async function prepareDatabase(options: { seed: boolean; dataDir?: string; migrate?: boolean }): Promise<PreparedDatabase> {
  const database = await startDatabase(options.dataDir);
  try {
    return { ...database, seeded: await populateDatabase(database, options) };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
