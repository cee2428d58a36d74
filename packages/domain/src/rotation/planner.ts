import { explainInfeasible, type Relaxation } from './explain';
import type { PlanFinding } from './findings';
import { columnName, writeLp } from './lp-format';
import { buildModel, DEFAULT_COST_WEIGHTS, type CostWeights, type PlanningInput, type PlanningModel } from './model';
import { necessaryConditions } from './prechecks';
import type { Solver } from './solve';

export interface PlannerOptions {
  timeLimitSeconds?: number;
  relativeGap?: number;
  weights?: CostWeights;
}

export const DEFAULT_PLANNER_OPTIONS = { timeLimitSeconds: 10, relativeGap: 1e-4, weights: DEFAULT_COST_WEIGHTS } as const;

export interface PlannedMove {
  teacherId: string;
  fromSchoolId: string;
  toSchoolId: string;
  subject: string;
  keyTeacher: boolean;
  pinned: boolean;
  /** Null when either school has no coordinates. */
  distanceKm: number | null;
  yearsAtSchool: number;
  /** This move's part of the objective. */
  cost: number;
}

export type PlanResult =
  | {
      status: 'planned';
      /** False when the time limit stopped HiGHS first: the plan meets every constraint, `gap` says how far from optimal it may be. */
      optimal: boolean;
      moves: PlannedMove[];
      objective: number;
      bound: number | null;
      gap: number | null;
      quota: number;
      keyMinimum: number;
      solverStatus: string;
      seconds: number;
    }
  | {
      status: 'infeasible';
      /** Found by counting, before any solve; when empty, `relaxations` holds what HiGHS showed. */
      findings: PlanFinding[];
      relaxations: Relaxation[];
      solverStatus: string | null;
    }
  /** The time limit passed with no plan found, or HiGHS failed: `solverStatus` says which. */
  | { status: 'no_solution'; solverStatus: string; seconds: number };

/** In the order of the needs, so a receiving school's moves stand together. */
function movesOf(model: PlanningModel, values: ReadonlyMap<string, number>): PlannedMove[] {
  const chosen = model.columns.flatMap((column, i) => ((values.get(columnName(i)) ?? 0) >= 0.5 ? [column] : []));
  chosen.sort((a, b) => a.need - b.need || a.candidate - b.candidate);
  return chosen.flatMap((column) => {
    const teacher = model.candidates[column.candidate]!;
    const need = model.needs[column.need]!;
    return [
      {
        teacherId: teacher.teacherId,
        fromSchoolId: teacher.schoolId,
        toSchoolId: need.schoolId,
        subject: need.subject,
        keyTeacher: teacher.keyTeacher,
        pinned: model.pinned.has(teacher.teacherId),
        distanceKm: column.distanceKm,
        yearsAtSchool: column.years,
        cost: column.cost,
      },
    ];
  });
}

/**
 * The year's proposal for a county: every need covered exactly by an eligible teacher of that subject, in the
 * policy's direction, within the staffing floors, one move per teacher, at least the quota and the 骨干
 * minimum, pins kept and exclusions left out; the cheapest such plan by `weights` (see `CostWeights`).
 * HiGHS's solve is synchronous: the server's `solve` runs it in a worker thread, off the request's event loop.
 */
export async function planRotation(solve: Solver, input: PlanningInput, options: PlannerOptions = {}): Promise<PlanResult> {
  const { timeLimitSeconds, relativeGap, weights } = { ...DEFAULT_PLANNER_OPTIONS, ...options };
  const model = buildModel(input, weights);
  const findings = necessaryConditions(input, model);
  if (findings.length > 0) return { status: 'infeasible', findings, relaxations: [], solverStatus: null };

  const solution = await solve(writeLp(model).text, { timeLimitSeconds, relativeGap });
  if (solution.status === 'infeasible')
    return {
      status: 'infeasible',
      findings: [],
      relaxations: await explainInfeasible(solve, model, timeLimitSeconds),
      solverStatus: solution.solverStatus,
    };
  if (solution.status === 'no_solution') return { status: 'no_solution', solverStatus: solution.solverStatus, seconds: solution.seconds };
  return {
    status: 'planned',
    optimal: solution.status === 'optimal',
    moves: movesOf(model, solution.values),
    objective: solution.objective ?? 0,
    bound: solution.bound,
    gap: solution.gap,
    quota: model.quota,
    keyMinimum: model.keyMinimum,
    solverStatus: solution.solverStatus,
    seconds: solution.seconds,
  };
}
