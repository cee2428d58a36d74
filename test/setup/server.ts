import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '@tongxing/db/embedded';
import { findPersonalData } from '../support/personal-data';
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
      // Evidence uploads land in a folder of the run's own.
      TONGXING_DATA_DIR: mkdtempSync(resolve(tmpdir(), 'tongxing-e2e-data-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's log goes to a file: read for personal data when the run ends, and shown if it fails to start.
  const logPath = resolve(mkdtempSync(resolve(tmpdir(), 'tongxing-server-log-')), 'server.log');
  const logFile = createWriteStream(logPath);
  server.stdout!.pipe(logFile);
  server.stderr!.pipe(logFile);
  try {
    await waitUntilServing(`${baseUrl.replace('localhost', '127.0.0.1')}/login`, 30_000);
  } catch (error) {
    console.error(readFileSync(logPath, 'utf8').slice(-4000));
    throw error;
  }
  project.provide('ownerUrl', database.ownerUrl);
  project.provide('appUrl', database.appUrl);
  project.provide('baseUrl', baseUrl);
  return async () => {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    await database.stop();
    const findings = findPersonalData(readFileSync(logPath, 'utf8'));
    if (findings.length > 0) {
      const lines = findings.slice(0, 10).map((f) => `  ${f.kind} at line ${f.line}: ${f.excerpt}`);
      throw new Error(`the server log (${logPath}) holds personal data:\n${lines.join('\n')}`);
    }
  };
}
