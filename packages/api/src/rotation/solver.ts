import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { solveLp, type LpSolution, type Solver } from '@tongxing/domain';
import { workerSource } from '../worker-source';

const highsPath = createRequire(import.meta.url).resolve('highs');

type Request = { id: number; lpText: string; options: Parameters<Solver>[1] };

/** `solveLp`'s source under another name, declared in front of the worker's program (an imported name would be rewritten by bundlers). */
declare const solveInWorker: typeof solveLp;
type Reply = { id: number; solution?: LpSolution; error?: string };

/**
 * The worker's program, sent as source text (a SvelteKit server bundle has no worker file to point at):
 * it loads HiGHS once and answers each LP with `solveLp`, whose source is put in front of it as `solveInWorker`.
 */
function workerProgram(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const { createRequire } = process.getBuiltinModule('node:module');
  const loadHighs = createRequire(workerData.highsPath)(workerData.highsPath) as () => Promise<unknown>;
  const ready = loadHighs();
  parentPort!.on('message', (request: Request) => {
    ready.then(
      (highs) => {
        try {
          parentPort!.postMessage({ id: request.id, solution: solveInWorker(highs as never, request.lpText, request.options) });
        } catch (error) {
          parentPort!.postMessage({ id: request.id, error: String(error) });
        }
      },
      (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) }),
    );
  });
}

/** The worker's source: the solver and the program that serves it. */
export function solverWorkerSource(): string {
  return workerSource(`const solveInWorker = ${solveLp.toString()};\n(${workerProgram.toString()})()`);
}

/**
 * A solver that runs HiGHS in its own worker thread for as long as `use` runs (a proposal may solve
 * several LPs: the plan, then each relaxation when there is none), so the event loop keeps serving
 * other requests. The worker ends when `use` settles.
 */
export async function withSolverWorker<T>(use: (solve: Solver) => Promise<T>): Promise<T> {
  const worker = new Worker(solverWorkerSource(), {
    eval: true,
    workerData: { highsPath },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  const waiting = new Map<number, { resolve: (s: LpSolution) => void; reject: (e: Error) => void }>();
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: Reply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.solution) w.resolve(reply.solution);
    else w.reject(new Error(`HiGHS failed: ${reply.error}`));
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('the solver worker stopped')));
  let next = 0;
  const solve: Solver = (lpText, options) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, lpText, options } satisfies Request);
    });
  try {
    return await use(solve);
  } finally {
    await worker.terminate();
  }
}
