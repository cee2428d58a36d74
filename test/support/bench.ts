import { createCaller } from '@tongxing/api';
import { login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import type { Database } from '@tongxing/db';
import { GENERATED_ADMIN } from '@tongxing/db/seed/bulk-load';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Latencies {
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `once` `total` times from `concurrency` clients that each start the next as soon as theirs ends. */
export async function measureConcurrently(total: number, concurrency: number, once: () => Promise<void>): Promise<Latencies> {
  const times: number[] = [];
  let started = 0;
  const client = async () => {
    while (started < total) {
      started += 1;
      const t0 = performance.now();
      await once();
      times.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = performance.now() - t0;
  times.sort((a, b) => a - b);
  return {
    requests: total,
    concurrency,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(times.at(-1)!),
    perSecond: Math.round((total / elapsed) * 1000),
  };
}

/** Writes a benchmark's figures to test/bench/results/<name>.json (git-ignored) and returns the path. */
export function writeResult(name: string, result: object): string {
  const dir = resolve(import.meta.dirname, '../bench/results');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, `${name}.json`);
  writeFileSync(path, `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
  return path;
}

/** A generated city's administrator (`GENERATED_ADMIN`) signed in through the real login on `app`: their session. */
export async function generatedAdminSession(app: Database, tenantCode: string, password: string) {
  const signed = await login(app, new LoginThrottle(), { tenantCode, username: GENERATED_ADMIN, password, ip: '127.0.0.1' });
  if (!signed.ok) throw new Error(`login ${tenantCode}/${GENERATED_ADMIN} failed`);
  return (await validateSessionToken(app, signed.token))!;
}

/**
 * A caller for a generated city's administrator, signed in through the real login on `app`; its
 * procedures run on `db` (the same pool, or a logging drizzle over it to capture statements).
 */
export async function generatedAdminCaller(app: Database, tenantCode: string, password: string, db: Database = app) {
  const session = await generatedAdminSession(app, tenantCode, password);
  return createCaller({ db, session, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } });
}
