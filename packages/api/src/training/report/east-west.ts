import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { TRAINING_FORMS } from '@tongxing/domain';
import { z } from 'zod';
import { cohortFigures, type CohortFigures } from './cohorts';
import { yearSpan } from './span';

/** The level of East–West cooperation (东西部协作, e.g. 沪滇) that every city starts with. */
export const EAST_WEST_LEVEL = '东西部协作';

export const eastWestInput = z.object({ year: yearSpan.year });
export type EastWestInput = z.infer<typeof eastWestInput>;

const formOrder = (form: string) => {
  const i = (TRAINING_FORMS as readonly string[]).indexOf(form);
  return i < 0 ? TRAINING_FORMS.length : i;
};

/**
 * The East–West cooperation report (东西部协作): the year's cohorts of that level, grouped by form
 * (挂职 secondments, 集中培训 cohorts, …) in the catalogue's order, each with its programme, partner,
 * dates and the trainees of the user's scope (cohortFigures); per form, its programmes, cohorts and
 * trainees holding a place, completed and passed — as in 曲靖's "5 vocational-school leaders on a
 * 3-month 挂职; 66 + 40 + 80 principals and teachers in four 10-day cohorts".
 */
export async function eastWestReport(tx: Transaction, user: SessionUser, input: EastWestInput) {
  const cohorts = await cohortFigures(tx, user, input.year, EAST_WEST_LEVEL);
  const forms = [...new Set(cohorts.map((c) => c.form))].sort((a, b) => formOrder(a) - formOrder(b) || a.localeCompare(b));
  const totalsOf = (list: CohortFigures[]) => ({
    programmes: new Set(list.map((c) => c.programmeId)).size,
    cohorts: list.length,
    placed: list.reduce((n, c) => n + c.placed, 0),
    completed: list.reduce((n, c) => n + c.counts.completed, 0),
    passed: list.reduce((n, c) => n + c.passed, 0),
  });
  return {
    year: input.year,
    level: EAST_WEST_LEVEL,
    forms: forms.map((form) => {
      const list = cohorts.filter((c) => c.form === form);
      return { form, cohorts: list, totals: totalsOf(list) };
    }),
    total: totalsOf(cohorts),
  };
}

export type EastWestReport = Awaited<ReturnType<typeof eastWestReport>>;
