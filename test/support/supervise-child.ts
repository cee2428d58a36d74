// The `pnpm start` supervisor around a web process that crashes on its first run and serves on its
// second, for the restart test. Prints "cleanup" when the supervisor stops what it guards (the database).
// Usage: COUNTER=/tmp/file node --import tsx test/support/supervise-child.ts
import { runUntilStopped } from '../../scripts/lib/children';

const counter = process.env.COUNTER;
if (!counter) throw new Error('COUNTER is required');
const web = `
  const fs = require('node:fs');
  const runs = fs.existsSync(process.argv[1]) ? Number(fs.readFileSync(process.argv[1], 'utf8')) + 1 : 1;
  fs.writeFileSync(process.argv[1], String(runs));
  if (runs === 1) { console.log('web run 1: crashing'); process.exit(134); }
  console.log('web run ' + runs + ': serving');
  setInterval(() => {}, 1000);
`;
runUntilStopped(
  process.execPath,
  ['-e', web, counter],
  { cwd: process.cwd(), env: process.env, restart: { maxRestarts: 5, delayMs: 100 } },
  async () => {
    process.stdout.write('cleanup\n');
  },
);
