import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLp, type SolverRuntime } from './solve';

let highs: SolverRuntime;
beforeAll(async () => {
  highs = await loadHighs();
});

const LP = (need: number) => `Minimize
 obj: 3 x0 + 2 x1 + 4 x2
Subject To
 c0: x0 + x1 + x2 = ${need}
Binary
 x0 x1 x2
End
`;

describe('solveLp', () => {
  it('returns the values by column name, the objective, the bound and the gap', () => {
    const solution = solveLp(highs, LP(2), { timeLimitSeconds: 5, relativeGap: 0 });
    expect(solution).toMatchObject({ status: 'optimal', solverStatus: 'optimal', objective: 5, bound: 5, gap: 0 });
    expect(Object.fromEntries(solution.values)).toEqual({ x0: 1, x1: 1, x2: 0 });
  });
  it('says infeasible with no values', () => {
    expect(solveLp(highs, LP(4), { timeLimitSeconds: 5, relativeGap: 0 })).toMatchObject({
      status: 'infeasible',
      objective: null,
      values: new Map(),
    });
  });
});
