// `pnpm start`: the built server (run `pnpm build` first). Without DATABASE_URL it runs on the embedded
// PostgreSQL with demo data, as `pnpm dev` does; with it, apply migrations first with `pnpm db:migrate`.
import { resolve } from 'node:path';
import { printDemoLogins } from './lib/banner';
import { runUntilStopped } from './lib/children';
import { dataDir, prepareDatabase, REPO_ROOT } from './lib/database';

const port = Number(process.env.PORT ?? 3000);
const url = `http://localhost:${port}/`;
const database = await prepareDatabase({ seed: !process.env.DATABASE_URL, migrate: !process.env.DATABASE_URL });
if (database.embedded) printDemoLogins(url);
else console.log(`  Tongxing at ${url}`);
runUntilStopped(
  process.execPath,
  [resolve(REPO_ROOT, 'apps/web/serve.js')],
  {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), APP_DATABASE_URL: database.appUrl, DATABASE_URL: '', TONGXING_DATA_DIR: dataDir() },
    // A web process that dies (out of memory, say) is started again; the embedded database outlives it.
    restart: { maxRestarts: 5, delayMs: 1000 },
  },
  database.stop,
);
