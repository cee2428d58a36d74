import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '@tongxing/db/embedded';
import { startTestDatabase } from './database';

const SERVER_ENTRY = resolve(import.meta.dirname, '../../apps/web/serve.js');

async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** The production build (`pnpm build`) on a test database, as `pnpm start` runs it. */
export default async function setup(project: TestProject) {
  if (!existsSync(resolve(SERVER_ENTRY, '../build/handler.js')))
    throw new Error('apps/web/build is missing: run `pnpm build` first (`pnpm test` does).');
  const database = await startTestDatabase();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  // SERVER_NODE_OPTIONS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under a benchmark.
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_DATABASE_URL: database.appUrl,
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilServing(`${baseUrl.replace('localhost', '127.0.0.1')}/login`, 30_000);
  project.provide('ownerUrl', database.ownerUrl);
  project.provide('appUrl', database.appUrl);
  project.provide('baseUrl', baseUrl);
  return async () => {
    server.kill('SIGTERM');
    await database.stop();
  };
}
