// The bulk loader at a city's size (1 tenant × 30,000 teachers) and a province's (16 tenants × 500,000),
// each into a fresh embedded cluster so both start from the same empty register. The province takes about
// a minute on the 2-core machine here, so it is measured itself rather than extrapolated from a smaller run.
// The floor: the rows it wrote, copied by one plain `create table … as` per table (no triggers, indexes
// or constraints).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect } from '@tongxing/db';
import { startEmbeddedCluster } from '@tongxing/db/embedded';
import { runMigrations } from '@tongxing/db/migrate';
import { bulkLoad } from '@tongxing/db/seed/bulk-load';
import { writeResult } from '../support/bench';

interface Run {
  tenants: number;
  teachers: number;
  posts: number;
  loadSeconds: number;
  floorSeconds: number;
  ratio: number;
  teachersPerSecond: number;
}

/** Cities loaded at once, as `pnpm generate` does. */
const PARALLEL = 2;
const seconds = (since: number) => Math.round(performance.now() - since) / 1000;

async function timeLoad(tenants: number, teachers: number, passwordHash: string): Promise<Run> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongxing-bench-'));
  const cluster = await startEmbeddedCluster({ dataDir, persistent: false });
  try {
    await runMigrations(cluster.ownerUrl, 'tongxing_bench');
    const owner = connect(cluster.ownerUrl, { max: PARALLEL });
    try {
      let started = performance.now();
      const loaded = await bulkLoad(owner.db, { tenants, teachers, seed: 1, passwordHash, parallel: PARALLEL });
      const loadSeconds = seconds(started);
      started = performance.now();
      await owner.sql`create table floor_teacher as table teacher`;
      await owner.sql`create table floor_post as table post`;
      const floorSeconds = seconds(started);
      await owner.sql`drop table floor_teacher, floor_post`;
      const posts = loaded.reduce((sum, t) => sum + t.posts, 0);
      expect(loaded.reduce((sum, t) => sum + t.teachers, 0)).toBe(teachers);
      return {
        tenants,
        teachers,
        posts,
        loadSeconds,
        floorSeconds,
        ratio: Math.round((loadSeconds / floorSeconds) * 10) / 10,
        teachersPerSecond: Math.round(teachers / loadSeconds),
      };
    } finally {
      await owner.close();
    }
  } finally {
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

it('loads a city and a province with the bulk loader', async () => {
  const passwordHash = await hashPassword('Bench#Pass2026');
  const city = await timeLoad(1, 30_000, passwordHash);
  const province = await timeLoad(16, 500_000, passwordHash);
  const growth = Math.round((province.loadSeconds / city.loadSeconds) * 10) / 10;
  const perTeacherGrowth = Math.round((province.loadSeconds / province.teachers / (city.loadSeconds / city.teachers)) * 100) / 100;
  const path = writeResult('generate', { city, province, growth, perTeacherGrowth });
  const line = (r: Run) =>
    `  ${r.tenants} × ${r.teachers / r.tenants} teachers (${r.posts} posts): ${r.loadSeconds} s, ${r.teachersPerSecond} teachers/s; floor ${r.floorSeconds} s, ratio ${r.ratio}`;
  console.log(
    [
      'bulk loader (triggers on: one audit row per inserted row)',
      line(city),
      line(province),
      `  growth: ${growth}× the time for ${Math.round((province.teachers / city.teachers) * 10) / 10}× the teachers (${perTeacherGrowth}× per teacher)   → ${path}`,
    ].join('\n'),
  );
});
