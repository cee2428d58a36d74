// The rotation planner on a county of 4,000 teachers with 40 receiving schools: HiGHS in the server's worker
// thread (model, LP text, solve), against a greedy plan on the same model (cheapest pairs first, within
// the needs, the floors and one move per teacher) as the floor of cost and of time.
import { expect, it } from 'vitest';
import { buildModel, maxLeaving, planRotation, type PlanningInput } from '@tongxing/domain';
import { generateCounty, POLICY } from '@tongxing/domain/rotation/test-county';
import { withSolverWorker } from '@tongxing/api/rotation/solver';
import { writeResult } from '../support/bench';

const RUNS = 3;

/** Cheapest pairs first: no solver, no guarantee of the quota or the 骨干 share. */
function greedy(input: PlanningInput) {
  const model = buildModel(input);
  const filled = model.needs.map(() => 0);
  const moved = new Set<number>();
  const leaving = new Map<string, number>();
  let cost = 0;
  for (const column of [...model.columns].sort((a, b) => a.cost - b.cost)) {
    const teacher = model.candidates[column.candidate]!;
    const school = model.schools.get(teacher.schoolId)!;
    if (moved.has(column.candidate) || filled[column.need]! >= model.needs[column.need]!.count) continue;
    if ((leaving.get(school.id) ?? 0) >= maxLeaving(input.policy, school.staff)) continue;
    moved.add(column.candidate);
    filled[column.need]! += 1;
    leaving.set(school.id, (leaving.get(school.id) ?? 0) + 1);
    cost += column.cost;
  }
  const covered = filled.reduce((sum, n) => sum + n, 0);
  return { cost, covered, needed: model.totalNeed };
}

it('plans a 4,000-teacher county to optimality or within 1% of the bound', async () => {
  const county = generateCounty({ teachers: 4000, sending: 40, receiving: 40, seed: 11 });
  const input: PlanningInput = { policy: POLICY, schools: county.schools, eligible: county.eligible, needs: county.needs };
  const runs: { ms: number; solverSeconds: number; objective: number; gap: number | null; optimal: boolean; moves: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const result = await withSolverWorker((solve) => planRotation(solve, input));
    const ms = Math.round(performance.now() - t0);
    if (result.status !== 'planned') throw new Error(`not planned: ${JSON.stringify(result).slice(0, 400)}`);
    runs.push({
      ms,
      solverSeconds: result.seconds,
      objective: result.objective,
      gap: result.gap,
      optimal: result.optimal,
      moves: result.moves.length,
    });
  }
  const t0 = performance.now();
  const floor = greedy(input);
  const greedyMs = Math.round((performance.now() - t0) * 10) / 10;
  const best = runs[0]!;
  const result = {
    teachers: county.teachers.length,
    eligible: county.eligible.length,
    receivingNeeds: county.needs.length,
    runs,
    greedy: { ...floor, ms: greedyMs },
    greedyCostRatio: floor.covered === floor.needed ? Math.round((floor.cost / best.objective) * 1000) / 1000 : null,
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult('rotation-planner', result);
  expect(best.moves).toBe(floor.needed);
});
