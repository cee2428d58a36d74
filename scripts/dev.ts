// `pnpm dev`: database (embedded unless DATABASE_URL), migrations, demo data, then the Vite dev server.
import { resolve } from 'node:path';
import { printDemoLogins } from './lib/banner';
import { runUntilStopped } from './lib/children';
import { prepareDatabase, REPO_ROOT } from './lib/database';

const port = Number(process.env.PORT ?? 5173);
const database = await prepareDatabase({ seed: true });
console.log(database.embedded ? '  Embedded PostgreSQL ready (data in .data/postgres).' : '  Using the database in DATABASE_URL.');
printDemoLogins(`http://localhost:${port}/`);
runUntilStopped(
  process.execPath,
  [resolve(REPO_ROOT, 'apps/web/node_modules/vite/bin/vite.js'), 'dev', '--port', String(port), '--strictPort'],
  { cwd: resolve(REPO_ROOT, 'apps/web'), env: { ...process.env, APP_DATABASE_URL: database.appUrl, DATABASE_URL: '' } },
  database.stop,
);
