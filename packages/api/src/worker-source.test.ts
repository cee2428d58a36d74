import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const module = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));
/** exceljs as this package resolves it (the program runs from the repository's root). */
const exceljs = JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('exceljs')).href);
const LP = 'Maximize\\n obj: x + y\\nSubject To\\n c: x + y <= 1\\nBinary\\n x\\n y\\nEnd\\n';

/** Runs a module program under tsx, as `pnpm dev` and the demo seed do, and returns its last line of output. */
function underTsx(program: string): unknown {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

// tsx's esbuild wraps named functions in `__name(...)`: a worker's copied source must not call a helper the
// worker lacks (the demo's planner failed on it, and then the demo's roster import).
describe('workers started from source text, when the server runs under tsx', () => {
  it('the planner solves in its worker', () => {
    const program = `const { withSolverWorker } = await import(${module('./rotation/solver.ts')});
      const s = await withSolverWorker((solve) => solve('${LP}', { timeLimitSeconds: 5, relativeGap: 0 }));
      console.log(JSON.stringify({ status: s.status, objective: s.objective }));`;
    expect(underTsx(program)).toEqual({ status: 'optimal', objective: 1 });
  }, 60_000);

  it('the import reads a workbook in its worker', () => {
    const program = `const { default: ExcelJS } = await import(${exceljs});
      const { readWorkbook } = await import(${module('./register/import/read-workbook.ts')});
      const book = new ExcelJS.Workbook();
      book.addWorksheet('花名册').addRows([['身份证号', '姓名'], ['11010519491231002X', '张三']]);
      const sheet = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), 10);
      console.log(JSON.stringify(sheet));`;
    expect(underTsx(program)).toEqual({ headers: ['身份证号', '姓名'], rows: [{ number: 2, cells: ['11010519491231002X', '张三'] }] });
  }, 60_000);
});
