import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'apps/web/src/lib/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/database.ts'],
          // Evidence files go to a folder of the run's own, not the dev data folder.
          env: { TONGXING_DATA_DIR: join(tmpdir(), `tongxing-test-${process.pid}`) },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Not part of `pnpm test`: `pnpm bench` prints figures and ratios to floors measured in the same run.
        test: {
          name: 'bench',
          include: ['test/bench/**/*.bench.ts'],
          globalSetup: ['test/setup/server.ts'],
          testTimeout: 1_800_000,
          hookTimeout: 1_800_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
