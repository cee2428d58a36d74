import { schema } from '@tongxing/db';
import { z } from 'zod';
import { entityId } from '../../inputs';
import { permitted } from '../../procedures';
import { isoDate } from '../../register/fields';
import { SCHOOL_ORDER, schoolColumns, schoolFilters, withCounty } from '../school/queries';
import { listSchoolsInput } from '../school/schemas';
import { TEACHER_ORDER, teacherColumns, teacherFilters, teacherJoins } from '../teacher/list.handler';
import { listTeachersInput } from '../teacher/schemas';
import { router } from '../../trpc';
import { rosterOf } from './roster';

/**
 * The rows of the Excel exports. The lists take the list pages' own input and apply their filters and
 * order (one definition each), without pagination; export follows the read permissions.
 */
export const exportRouter = router({
  teachers: permitted('teacher.read')
    .input(listTeachersInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select(teacherColumns)
        .from(schema.teacher)
        .innerJoin(schema.school, teacherJoins.school)
        .innerJoin(schema.county, teacherJoins.county)
        .where(teacherFilters(ctx.user, input))
        .orderBy(...TEACHER_ORDER[input.sort]),
    ),

  schools: permitted('school.read')
    .input(listSchoolsInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select(schoolColumns)
        .from(schema.school)
        .innerJoin(schema.county, withCounty)
        .where(schoolFilters(ctx.user, input))
        .orderBy(...SCHOOL_ORDER[input.sort]),
    ),

  /** A county's staff as of a day. */
  roster: permitted('county.read')
    .input(z.object({ countyId: entityId(), asOf: isoDate() }))
    .query(async ({ ctx, input }) => ({ asOf: input.asOf, rows: await rosterOf(ctx.tx, input.countyId, input.asOf) })),
});
