import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const solver = fileURLToPath(new URL('./solver.ts', import.meta.url));
const LP = 'Maximize\\n obj: x + y\\nSubject To\\n c: x + y <= 1\\nBinary\\n x\\n y\\nEnd\\n';

describe('withSolverWorker', () => {
  // `pnpm dev` and the scripts run through tsx, whose esbuild wraps named functions in `__name(...)`:
  // the worker's copied source must not call a helper the worker lacks (the demo's planner failed on it).
  it('solves in its worker when the server runs under tsx', () => {
    const program = `const { withSolverWorker } = await import(${JSON.stringify(solver)});
      const s = await withSolverWorker((solve) => solve('${LP}', { timeLimitSeconds: 5, relativeGap: 0 }));
      console.log(JSON.stringify({ status: s.status, objective: s.objective }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ status: 'optimal', objective: 1 });
  }, 60_000);
});
