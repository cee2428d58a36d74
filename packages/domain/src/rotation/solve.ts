import type { Highs } from 'highs';

/**
 * The one place that calls HiGHS. The caller loads the runtime (`await loadHighs()` from the `highs`
 * package, once per process: loading reads and compiles the WebAssembly file) and passes it in, so the rest
 * of the planner is plain computation on the LP text and the values that come back.
 */
export type SolverRuntime = Pick<Highs, 'withModel' | 'constants'>;

export interface SolveOptions {
  timeLimitSeconds: number;
  /** Stop when the incumbent is within this share of the proven bound (HiGHS's mip_rel_gap). */
  relativeGap: number;
}

export interface LpSolution {
  /** `feasible`: a limit stopped the search with a plan in hand, not proven optimal. */
  status: 'optimal' | 'feasible' | 'infeasible' | 'no_solution';
  /** HiGHS's own model status name (optimal, timeLimit, infeasible, …). */
  solverStatus: string;
  objective: number | null;
  /** The best proven lower bound on the objective. */
  bound: number | null;
  /** (objective − bound) / |objective| as HiGHS reports it; 0 when optimal. */
  gap: number | null;
  values: Map<string, number>;
  seconds: number;
}

/** Solves one LP text: the planner asks it once, and once per relaxation when no plan exists. */
export type Solver = (lpText: string, options: SolveOptions) => Promise<LpSolution>;

/** A solver on a runtime loaded in this thread (tests, scripts); the server runs `solveLp` in a worker. */
export const solverOn =
  (highs: SolverRuntime): Solver =>
  async (lpText, options) =>
    solveLp(highs, lpText, options);

/**
 * Self-contained (it refers to nothing outside its body), so the server can send its source text to a
 * worker thread, where a SvelteKit bundle has no module to import it from.
 */
export function solveLp(highs: SolverRuntime, lpText: string, options: SolveOptions): LpSolution {
  const PRIMAL_FEASIBLE = 2;
  const info = (model: { info: { get(name: string): number | bigint } }, name: string): number | null => {
    try {
      const value = Number(model.info.get(name));
      return Number.isFinite(value) ? value : null;
    } catch {
      return null;
    }
  };
  const codes = highs.constants.modelStatus;
  const names = new Map(Object.entries(codes).map(([name, code]) => [code as number, name]));
  return highs.withModel({ format: 'lp', data: lpText }, (model): LpSolution => {
    model.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: options.relativeGap });
    model.run();
    const code = model.getModelStatus();
    const solverStatus = names.get(code) ?? String(code);
    const seconds = model.getRunTime();
    const hasPlan = info(model, 'primal_solution_status') === PRIMAL_FEASIBLE;
    if (code === codes.infeasible || code === codes.unboundedOrInfeasible)
      return { status: 'infeasible', solverStatus, objective: null, bound: null, gap: null, values: new Map(), seconds };
    if (!hasPlan) return { status: 'no_solution', solverStatus, objective: null, bound: null, gap: null, values: new Map(), seconds };
    const colValue = model.getSolution().colValue;
    const values = new Map<string, number>();
    for (let i = 0; i < colValue.length; i++) values.set(model.getColName(i), colValue[i]!);
    const objective = model.getObjectiveValue();
    const optimal = code === codes.optimal;
    return {
      status: optimal ? 'optimal' : 'feasible',
      solverStatus,
      objective,
      bound: info(model, 'mip_dual_bound') ?? (optimal ? objective : null),
      gap: info(model, 'mip_gap') ?? (optimal ? 0 : null),
      values,
      seconds,
    };
  });
}
