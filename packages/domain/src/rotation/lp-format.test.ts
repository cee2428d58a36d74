import { describe, expect, it } from 'vitest';
import { writeLp } from './lp-format';
import type { PlanningModel } from './model';

const model = {
  columns: [
    { candidate: 0, need: 0, distanceKm: 4, years: 7, cost: 4 },
    { candidate: 1, need: 0, distanceKm: null, years: 9, cost: 0 },
    { candidate: 1, need: 1, distanceKm: 2.5, years: 9, cost: 2.5 },
  ],
  rows: [
    { terms: [1, 2], sense: '<=', rhs: 1, meaning: { group: 'one_move', teacherId: 't1' } },
    { terms: [0, 1], sense: '=', rhs: 1, meaning: { group: 'needs', need: 0 } },
    { terms: [0, 1, 2], sense: '>=', rhs: 2, meaning: { group: 'quota', quota: 2 } },
  ],
} as unknown as PlanningModel;

describe('writeLp', () => {
  it('writes the model in CPLEX LP format, one binary per pair, zero costs left out of the objective', () => {
    expect(writeLp(model).text).toBe(
      [
        'Minimize',
        ' obj: 4 x0 + 2.5 x2',
        'Subject To',
        ' c0: x1 + x2 <= 1',
        ' c1: x0 + x1 = 1',
        ' c2: x0 + x1 + x2 >= 2',
        'Binary',
        ' x0 x1 x2',
        'End',
        '',
      ].join('\n'),
    );
  });
  it('gives the rows of a relaxed group slack columns and minimises their sum', () => {
    const lp = writeLp(model, new Set(['needs', 'quota']));
    expect(lp.slacks).toEqual([
      { name: 's1short', row: 1, direction: 'short' },
      { name: 's1over', row: 1, direction: 'over' },
      { name: 's2short', row: 2, direction: 'short' },
    ]);
    expect(lp.text).toContain(' obj: s1short + s1over + s2short\n');
    expect(lp.text).toContain(' c1: x0 + x1 + s1short - s1over = 1\n');
    expect(lp.text).toContain(' c0: x1 + x2 <= 1\n');
    expect(lp.text).toContain('General\n s1short s1over s2short\n');
  });
  it('breaks long rows over lines', () => {
    const wide = { columns: Array.from({ length: 30 }, () => model.columns[0]!), rows: [] } as unknown as PlanningModel;
    expect(writeLp(wide).text.split('\n')[1]).toBe(` obj: ${Array.from({ length: 12 }, (_, i) => `4 x${i}`).join(' + ')}`);
  });
});
