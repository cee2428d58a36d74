// `pnpm dev`: database (embedded unless DATABASE_URL), then the Vite dev server started while the
// migrations and the demo data are applied (they take most of a first start), then the demo logins.
import { resolve } from 'node:path';
import { printDemoLogins } from './lib/banner';
import { runUntilStopped } from './lib/children';
import { dataDir, populateDatabase, REPO_ROOT, startDatabase } from './lib/database';

const port = Number(process.env.PORT ?? 5173);
const url = `http://localhost:${port}/`;
const database = await startDatabase();
runUntilStopped(
  process.execPath,
  [resolve(REPO_ROOT, 'apps/web/node_modules/vite/bin/vite.js'), 'dev', '--port', String(port), '--strictPort'],
  {
    cwd: resolve(REPO_ROOT, 'apps/web'),
    env: { ...process.env, APP_DATABASE_URL: database.appUrl, DATABASE_URL: '', TONGXING_DATA_DIR: dataDir() },
  },
  database.stop,
);
try {
  if (await populateDatabase(database, { seed: true })) console.log('  Demo data loaded.');
} catch (error) {
  console.error('  Could not prepare the database:', error);
  process.kill(process.pid, 'SIGTERM'); // stops Vite and the database, then exits
  await new Promise(() => {});
}
console.log(database.embedded ? '  Embedded PostgreSQL ready (data in .data/postgres).' : '  Using the database in DATABASE_URL.');
// The first page compiles on its first request: ask for it now, so the person who opens it need not wait.
await fetch(`${url}login`).catch(() => {});
printDemoLogins(url);
