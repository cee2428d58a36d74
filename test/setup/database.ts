import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { seedAreaDemos } from '@tongxing/api/demo/index';
import { hashPassword } from '@tongxing/auth';
import { appUrlFrom, connect } from '@tongxing/db';
import { startEmbeddedCluster } from '@tongxing/db/embedded';
import { runMigrations } from '@tongxing/db/migrate';
import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { seedDemo } from '@tongxing/db/seed/seed-demo';

declare module 'vitest' {
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
    baseUrl: string;
  }
}

const APP_PASSWORD = 'tongxing_app_test';

/**
 * A real PostgreSQL for the run: DATABASE_URL's server when set (its owner role), else a throw-away
 * embedded cluster. Migrated and seeded with the demo cities and their areas' demo, exactly as `pnpm dev` does.
 */
export async function startTestDatabase(): Promise<{ ownerUrl: string; appUrl: string; stop: () => Promise<void> }> {
  let ownerUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!ownerUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tongxing-test-'));
    const cluster = await startEmbeddedCluster({ dataDir, persistent: false });
    ownerUrl = cluster.ownerUrl;
    stop = async () => {
      await cluster.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await runMigrations(ownerUrl, APP_PASSWORD);
  const owner = connect(ownerUrl, { max: 1 });
  const seeded = await seedDemo(owner.db, await hashPassword(DEMO_PASSWORD));
  await owner.close();
  const appUrl = appUrlFrom(ownerUrl, APP_PASSWORD);
  if (seeded) {
    const app = connect(appUrl, { max: 4 });
    await seedAreaDemos(app.db);
    await app.close();
  }
  return { ownerUrl, appUrl, stop };
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase();
  project.provide('ownerUrl', database.ownerUrl);
  project.provide('appUrl', database.appUrl);
  project.provide('baseUrl', '');
  return database.stop;
}
